// Local handler for the browser tests' callback task: it is only told the token; the page answers.
exports.handler = () => ({ notified: true });
