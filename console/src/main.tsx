/** The console's entry: the page frame and the route to the page shown. */
import { render } from "preact";
import "./console.css";
import { ActivitiesPage } from "./pages/activities-page";
import { ExecutionPage } from "./pages/execution-page";
import { StateMachinePage } from "./pages/state-machine-page";
import { StateMachinesPage } from "./pages/state-machines-page";
import { useRoute, type Route } from "./route";

function Page({ route }: { route: Route }) {
  switch (route.page) {
    case "state-machines":
      return <StateMachinesPage />;
    case "state-machine":
      return <StateMachinePage key={route.arn} arn={route.arn} />;
    case "execution":
      return <ExecutionPage key={route.arn} arn={route.arn} state={route.state} />;
    case "activities":
      return <ActivitiesPage />;
  }
}

function App() {
  const route = useRoute();
  return (
    <>
      <header class="top">
        <span class="brand">sfn-emulator</span>
        <nav aria-label="Console">
          <a href="#/" aria-current={route.page === "state-machines" || route.page === "state-machine" || route.page === "execution" ? "page" : undefined}>
            State machines
          </a>
          <a href="#/activities" aria-current={route.page === "activities" ? "page" : undefined}>
            Activities
          </a>
        </nav>
      </header>
      <main id="main">
        <Page route={route} />
      </main>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
