// Local handler for the browser tests' failing task: the card is always declined.
exports.handler = () => {
  const error = new Error("The card ending 4242 was declined");
  error.name = "CardDeclined";
  throw error;
};
