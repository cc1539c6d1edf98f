/**
 * Step Functions Local's single-dash long flags (`-lambdaEndpoint`, `-account`, ...), rewritten to
 * our double-dash names before parsing, because commander reads `-account` as `-a -c -c ...`.
 */

/** Every single-dash flag of the Step Functions Local jar (its `--help`) and the flag we read it as. */
export const SFL_SINGLE_DASH_FLAGS: Readonly<Record<string, string>> = {
  "-account": "--account",
  "-region": "--region",
  "-waitTimeScale": "--wait-time-scale",
  "-lambdaEndpoint": "--lambda-endpoint",
  "-batchEndpoint": "--batch-endpoint",
  "-dynamoDBEndpoint": "--dynamodb-endpoint",
  "-ecsEndpoint": "--ecs-endpoint",
  "-glueEndpoint": "--glue-endpoint",
  "-sageMakerEndpoint": "--sagemaker-endpoint",
  "-sqsEndpoint": "--sqs-endpoint",
  "-snsEndpoint": "--sns-endpoint",
  "-stepFunctionsEndpoint": "--step-functions-endpoint",
};

/**
 * Rewrites `-lambdaEndpoint x` and `-lambdaEndpoint=x` to their `--lambda-endpoint` forms. Only
 * the jar's exact names are rewritten (no value of ours starts with them), and nothing after `--`.
 */
export function normaliseSflArguments(argv: readonly string[]): string[] {
  const end = argv.indexOf("--");
  const flags = end < 0 ? argv : argv.slice(0, end);
  const rest = end < 0 ? [] : argv.slice(end);
  return [
    ...flags.map((token) => {
      const equals = token.indexOf("=");
      const long = SFL_SINGLE_DASH_FLAGS[equals < 0 ? token : token.slice(0, equals)];
      if (long === undefined) return token;
      return equals < 0 ? long : `${long}${token.slice(equals)}`;
    }),
    ...rest,
  ];
}
