/**
 * Lazy loaders of the Lambda and Step Functions SDK modules: the SDK clients load on first use, since
 * loading them eagerly adds about 40 ms to every start-up.
 */
import type * as LambdaSdk from "@aws-sdk/client-lambda";
import type * as SfnSdk from "@aws-sdk/client-sfn";

export function lambdaSdk(): typeof LambdaSdk {
  return require("@aws-sdk/client-lambda") as typeof LambdaSdk;
}

export function sfnSdk(): typeof SfnSdk {
  return require("@aws-sdk/client-sfn") as typeof SfnSdk;
}
