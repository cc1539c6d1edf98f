// Works the `approve` activity: returns the task's output, as a worker's SendTaskSuccess would.
exports.handler = (input) => ({ approved: input.charged < 100 });
