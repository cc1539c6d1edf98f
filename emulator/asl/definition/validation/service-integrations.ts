/** How a Task may call an optimized integration: request-response, `.sync`, `.sync:2`, `.waitForTaskToken`. */
export type IntegrationPattern = "" | ".sync" | ".sync:2" | ".waitForTaskToken";

const R: IntegrationPattern[] = [""];
const RS: IntegrationPattern[] = ["", ".sync"];
const RW: IntegrationPattern[] = ["", ".waitForTaskToken"];
const RSW: IntegrationPattern[] = ["", ".sync", ".waitForTaskToken"];

/**
 * Optimized integrations (`arn:aws:states:::<service>:<action>`) and the patterns each supports,
 * from the Step Functions developer guide; anything else must go through `aws-sdk:`.
 */
export const OPTIMIZED_INTEGRATIONS: Record<string, Record<string, IntegrationPattern[]>> = {
  lambda: { invoke: RW },
  batch: { submitJob: RSW },
  dynamodb: { getItem: R, putItem: R, updateItem: R, deleteItem: R },
  ecs: { runTask: RSW },
  eks: {
    createCluster: RS,
    deleteCluster: RS,
    createFargateProfile: RS,
    deleteFargateProfile: RS,
    createNodegroup: RS,
    deleteNodegroup: RS,
    runJob: RS,
    call: R,
  },
  elasticmapreduce: {
    createCluster: RS,
    terminateCluster: RS,
    addStep: RS,
    cancelStep: R,
    setClusterTerminationProtection: R,
    modifyInstanceFleetByName: R,
    modifyInstanceGroupByName: R,
  },
  "emr-containers": { createVirtualCluster: R, deleteVirtualCluster: RS, startJobRun: RS },
  "emr-serverless": {
    createApplication: RS,
    startApplication: RS,
    stopApplication: RS,
    deleteApplication: RS,
    startJobRun: RS,
    cancelJobRun: RS,
  },
  glue: { startJobRun: RS },
  databrew: { startJobRun: RS },
  athena: { startQueryExecution: RS, stopQueryExecution: R, getQueryExecution: R, getQueryResults: R },
  sns: { publish: RW },
  sqs: { sendMessage: RW },
  states: { startExecution: ["", ".sync", ".sync:2", ".waitForTaskToken"] },
  events: { putEvents: RW },
  codebuild: {
    startBuild: RS,
    stopBuild: R,
    batchDeleteBuilds: R,
    batchGetReports: R,
    startBuildBatch: RS,
    stopBuildBatch: R,
    retryBuildBatch: RS,
    deleteBuildBatch: R,
  },
  sagemaker: {
    createEndpoint: R,
    createEndpointConfig: R,
    createModel: R,
    updateEndpoint: R,
    createHyperParameterTuningJob: RS,
    createLabelingJob: RS,
    createProcessingJob: RS,
    createTrainingJob: RS,
    createTransformJob: RS,
  },
  apigateway: { invoke: RW },
  bedrock: { invokeModel: R, createModelCustomizationJob: RSW },
  http: { invoke: R },
  mediaconvert: { createJob: RS },
};

/** Resources a Distributed Map reads items from or writes results to. */
export const ITEM_READER_ACTIONS: Record<string, string[]> = { s3: ["getObject", "listObjectsV2"] };
export const RESULT_WRITER_ACTIONS: Record<string, string[]> = { s3: ["putObject"] };
