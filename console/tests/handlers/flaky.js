// Local handler for the tests' retried task: every other call fails, so one retry succeeds.
let calls = 0;
exports.handler = () => {
  calls += 1;
  if (calls % 2 === 1) {
    const error = new Error("try again");
    error.name = "Flaky";
    throw error;
  }
  return { ok: true };
};
