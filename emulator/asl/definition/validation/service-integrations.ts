/** The optimized integrations a Task may name, and the S3 actions of a Map's ItemReader and ResultWriter. */
export type { IntegrationSuffix } from "./integration-suffix";

/**
 * Optimized integrations, generated from the developer guide's list, checked against botocore's
 * models, by tools/generate-service-data.py: a new integration is a data change.
 */
export { OPTIMIZED_INTEGRATIONS } from "./integrated-services.generated";

/** Resources a Distributed Map reads items from or writes results to. */
export const ITEM_READER_ACTIONS: Record<string, string[]> = { s3: ["getObject", "listObjectsV2"] };
export const RESULT_WRITER_ACTIONS: Record<string, string[]> = { s3: ["putObject"] };
