// Limits of the HTTP API that the client must respect too: the server refuses a tRPC
// batch with more calls than this, so the client's batch link splits at the same size.
export const maxBatchCalls = 20;
