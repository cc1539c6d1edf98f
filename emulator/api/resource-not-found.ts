/** The ResourceNotFound errors, with the wording AWS uses for each kind of resource. */
import { ServiceError } from "../shared/service-error";

/** AWS's ResourceNotFound for an ARN, with the `resourceName` member it carries on the wire. */
export function resourceNotFound(arn: string): ServiceError {
  return new ServiceError("ResourceNotFound", `Resource not found: '${arn}'`, { resourceName: arn });
}

/** The ResourceNotFound AWS answers for a missing alias, describe and delete alike. */
export function aliasNotFound(arn: string): ServiceError {
  return new ServiceError("ResourceNotFound", "Request references a resource that does not exist.", { resourceName: arn });
}
