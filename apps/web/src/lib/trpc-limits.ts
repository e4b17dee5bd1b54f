/** The most procedure calls one HTTP request may batch; the client's batch link uses the same. */
export const maxBatchSize = 20;
