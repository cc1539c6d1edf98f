/** Tests of ItemBatcher's grouping by item count and byte size, with BatchInput. */
import { groupItems } from "./map-item-batcher";

describe("groupItems", () => {
  it("closes a batch at MaxItemsPerBatch items", () => {
    expect(groupItems([1, 2, 3, 4, 5], { maxItems: 2, maxBytes: 0 }, undefined)).toEqual([{ Items: [1, 2] }, { Items: [3, 4] }, { Items: [5] }]);
  });

  it("adds BatchInput beside the items of every batch", () => {
    expect(groupItems([1, 2], { maxItems: 1, maxBytes: 0 }, { at: "t" })).toEqual([
      { BatchInput: { at: "t" }, Items: [1] },
      { BatchInput: { at: "t" }, Items: [2] },
    ]);
  });

  it("closes a batch before its JSON passes MaxInputBytesPerBatch", () => {
    // {"Items":[]} is 12 bytes; each "aaaa" adds 6 bytes (quotes) plus a comma after the first.
    expect(groupItems(["aaaa", "aaaa", "aaaa"], { maxItems: 0, maxBytes: 25 }, undefined)).toEqual([{ Items: ["aaaa", "aaaa"] }, { Items: ["aaaa"] }]);
  });

  it("gives an item larger than the byte limit a batch of its own", () => {
    expect(groupItems(["x".repeat(50), 1], { maxItems: 0, maxBytes: 20 }, undefined)).toEqual([{ Items: ["x".repeat(50)] }, { Items: [1] }]);
  });

  it("puts every item in one batch when no limit is set", () => {
    expect(groupItems([1, 2, 3], { maxItems: 0, maxBytes: 0 }, undefined)).toEqual([{ Items: [1, 2, 3] }]);
  });
});
