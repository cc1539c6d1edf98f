/**
 * The Step Functions API errors: each code with the HTTP status AWS answers it with.
 * Thrown anywhere below the API and serialised as `{"__type", "message"}` only at the API boundary.
 */
export const SERVICE_ERROR_STATUS = {
  ActivityAlreadyExists: 400,
  ActivityDoesNotExist: 400,
  ActivityLimitExceeded: 400,
  ActivityWorkerLimitExceeded: 400,
  ConflictException: 400,
  ExecutionAlreadyExists: 400,
  ExecutionDoesNotExist: 400,
  ExecutionLimitExceeded: 400,
  ExecutionNotRedrivable: 400,
  InvalidArn: 400,
  InvalidDefinition: 400,
  InvalidEncryptionConfiguration: 400,
  InvalidExecutionInput: 400,
  InvalidLoggingConfiguration: 400,
  InvalidName: 400,
  InvalidOutput: 400,
  InvalidToken: 400,
  InvalidTracingConfiguration: 400,
  KmsAccessDeniedException: 400,
  KmsInvalidStateException: 400,
  KmsThrottlingException: 400,
  MissingRequiredParameter: 400,
  ResourceNotFound: 400,
  ServiceQuotaExceededException: 402,
  StateMachineAlreadyExists: 400,
  StateMachineDeleting: 400,
  StateMachineDoesNotExist: 400,
  StateMachineLimitExceeded: 400,
  StateMachineTypeNotSupported: 400,
  TaskDoesNotExist: 400,
  TaskTimedOut: 400,
  TooManyTags: 400,
  ValidationException: 400,
  SerializationException: 400,
  UnknownOperationException: 400,
  UnrecognizedClientException: 400,
  InternalFailure: 500,
} as const;

export type ServiceErrorCode = keyof typeof SERVICE_ERROR_STATUS;

export class ServiceError extends Error {
  readonly status: number;
  constructor(
    readonly code: ServiceErrorCode,
    message: string,
    /** Extra members some errors carry on the wire (e.g. `resourceName` on ResourceNotFound). */
    readonly extra: Record<string, string> = {},
  ) {
    super(message);
    this.name = "ServiceError";
    this.status = SERVICE_ERROR_STATUS[code];
  }
}
