// Answers `lambda:invoke` of the function named checkStock: the input is the Payload.
exports.handler = async (order) => ({ ...order, inStock: order.quantity <= 10 });
