/**
 * Recorded cases the emulator is known to fail, each with the reason. A case listed here is
 * expected to fail in compat.test.ts, so fixing it forces its removal: this list only shrinks.
 * Regenerate the entries from the current failures with
 * `npx ts-node --transpile-only compat-tests/report.ts --write-allow-list`, then write the reasons.
 */
export const ALLOW_LIST: Readonly<Record<string, string>> = {
  "api/test_sfn_api__TestSnfApi__test_create_duplicate_definition_format_sm":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_create_duplicate_sm_name":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_create_exact_duplicate_sm":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_create_update_state_machine_base_definition":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_create_update_state_machine_base_definition_and_role":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_create_update_state_machine_base_role_arn":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_describe_sm_arn_containing_punctuation":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_describe_state_machine_for_execution":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "api/test_sfn_api__TestSnfApi__test_stop_execution__api":
    "The harness runs sequences with Wait states skipped, so the execution ends before StopExecution; the execution-kind twin of this case checks the abort.",
  "error_handling/test_aws_sdk__TestAwsSdk__test_invalid_secret_name":
    "Needs a real Secrets Manager answer: a case of kind execution gets no mock, and the replay never reaches AWS (the fake-server tests in emulator/integrations cover this error path).",
  "logs/test_sfn_api_logs__TestSnfApiLogs__test_incomplete_logging_configuration__logging_configuration0":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "logs/test_sfn_api_logs__TestSnfApiLogs__test_incomplete_logging_configuration__logging_configuration1":
    "Recorded in 2023, before AWS added encryptionConfiguration (AWS_OWNED_KEY) to DescribeStateMachine; recordings since 2024 show it, and we answer as AWS does now.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_lambda_service_invoke_with_retry_extended_input":
    "Recorded in 2023, before redrive: the context object had no Execution.RedriveCount; it also shows State.RetryCount 0 on the first attempt, which asl/io leaves out.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_base_csv_headers_decl":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_base_csv_headers_first_line":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_base_json":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_base_json_max_items":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_csv_headers_decl_extra_fields":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_csv_max_items__0":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_csv_max_items__100000000":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_csv_max_items__2":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_csv_max_items_paths__100000000":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_csv_max_items_paths__100000001":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_item_reader_csv_max_items_paths__2":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_config_distributed_item_selector":
    "Recorded in Feb 2024: AWS then linked a DISTRIBUTED Map's MapStateExited to MapRunSucceeded (every recording since Nov 2024 links it to MapRunStarted, which we follow) and echoed the client's own input text (with its spaces) in the Map's input; since Jul 2024 AWS writes it compact, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_config_distributed_parameters":
    "Recorded in Feb 2024: AWS then linked a DISTRIBUTED Map's MapStateExited to MapRunSucceeded (every recording since Nov 2024 links it to MapRunStarted, which we follow) and echoed the client's own input text (with its spaces) in the Map's input; since Jul 2024 AWS writes it compact, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_config_distributed_reentrant":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_config_inline_parameters":
    "Recorded in Feb-Mar 2024, when AWS wrote the client's own execution input text (with its spaces) into the states' inputs and outputs; the Jul 2024 recording (test_map_state_label) and the Nov 2025 ones write it compact, tokens as the client wrote them (0.0 stays 0.0), which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_label":
    "Recorded in Jul 2024, when AWS still linked a DISTRIBUTED Map's MapStateExited to MapRunSucceeded; every recording since Nov 2024 links it to MapRunStarted, which we follow. (Its compact first-state input is what we write.)",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_legacy_config_distributed":
    "Recorded in Feb 2024: AWS then linked a DISTRIBUTED Map's MapStateExited to MapRunSucceeded (every recording since Nov 2024 links it to MapRunStarted, which we follow) and echoed the client's own input text (with its spaces) in the Map's input; since Jul 2024 AWS writes it compact, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_legacy_config_distributed_item_selector":
    "Recorded in Feb 2024: AWS then linked a DISTRIBUTED Map's MapStateExited to MapRunSucceeded (every recording since Nov 2024 links it to MapRunStarted, which we follow) and echoed the client's own input text (with its spaces) in the Map's input; since Jul 2024 AWS writes it compact, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_legacy_config_distributed_parameters":
    "Recorded in Feb 2024: AWS then linked a DISTRIBUTED Map's MapStateExited to MapRunSucceeded (every recording since Nov 2024 links it to MapRunStarted, which we follow) and echoed the client's own input text (with its spaces) in the Map's input; since Jul 2024 AWS writes it compact, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_legacy_config_inline":
    "Recorded in Feb-Mar 2024, when AWS wrote the client's own execution input text (with its spaces) into the states' inputs and outputs; the Jul 2024 recording (test_map_state_label) and the Nov 2025 ones write it compact, tokens as the client wrote them (0.0 stays 0.0), which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_legacy_config_inline_item_selector":
    "Recorded in Feb-Mar 2024, when AWS wrote the client's own execution input text (with its spaces) into the states' inputs and outputs; the Jul 2024 recording (test_map_state_label) and the Nov 2025 ones write it compact, tokens as the client wrote them (0.0 stays 0.0), which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_nested":
    "Recorded in Feb-Mar 2024, when AWS wrote the client's own execution input text (with its spaces) into the states' inputs and outputs; the Jul 2024 recording (test_map_state_label) and the Nov 2025 ones write it compact, tokens as the client wrote them (0.0 stays 0.0), which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_nested_config_distributed_no_max_max_concurrency":
    "The distributed Map's child executions are not in the recording, so its inner Lambda tasks have no recorded answers to mock and go to a Lambda that is not there.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_count_path__0":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_count_path__1":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_percentage_path__0":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_percentage_path__1":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_percentage_path__1.1":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_percentage_path__100":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_values__count_literal":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_map_state_tolerated_failure_values__percentage_literal":
    "Recorded before Nov 2024, when AWS linked a DISTRIBUTED Map's MapStateSucceeded and MapStateExited to MapRunSucceeded; every recording since links them to MapRunSucceeded and MapRunStarted, which we follow.",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_max_concurrency_path_negative":
    "AWS stalled on this execution (its history stops after ExecutionStarted); we fail it",
  "scenarios/test_base_scenarios__TestBaseScenarios__test_parallel_state_nested":
    "Recorded in Feb-Mar 2024, when AWS wrote the client's own execution input text (with its spaces) into the states' inputs and outputs; the Jul 2024 recording (test_map_state_label) and the Nov 2025 ones write it compact, tokens as the client wrote them (0.0 stays 0.0), which we follow.",
  "services/test_lambda_task__TestTaskLambda__test_invoke_json_values__0.0":
    "The Lambda's answer 0.0 comes back as 0 in LambdaFunctionSucceeded: a task result travels as a value, not as the text the function returned (and the mock config file stores 0.0 as 0).",
  "test_state/test_field_validation_mode__TestFieldValidationMode__test_strict_mode_aws_sdk_lambda_get_function_task__integer_more_than_maximum_allowed":
    "Recorded when Lambda's MemorySize maximum was 10240; the botocore model the output shapes are generated from (1.43) allows 32768, so 10241 passes.",
  "versioning/test_sfn_api_versioning__TestSnfApiVersioning__test_create_publish_describe_no_version_description":
    "Recorded in 2023, before AWS added encryptionConfiguration to DescribeStateMachine and redriveCount to ListExecutions items; we answer as AWS does now.",
  "versioning/test_sfn_api_versioning__TestSnfApiVersioning__test_describe_state_machine_for_execution_of_version":
    "Recorded in 2023, before AWS added encryptionConfiguration to DescribeStateMachine and redriveCount to ListExecutions items; we answer as AWS does now.",
  "versioning/test_sfn_api_versioning__TestSnfApiVersioning__test_list_delete_version":
    "Recorded in 2023, before AWS added encryptionConfiguration to DescribeStateMachine and redriveCount to ListExecutions items; we answer as AWS does now.",
  "versioning/test_sfn_api_versioning__TestSnfApiVersioning__test_publish_state_machine_version":
    "Recorded in 2023, before AWS added encryptionConfiguration to DescribeStateMachine and redriveCount to ListExecutions items; we answer as AWS does now.",
  "versioning/test_sfn_api_versioning__TestSnfApiVersioning__test_start_version_execution":
    "Recorded in 2023, before AWS added encryptionConfiguration to DescribeStateMachine and redriveCount to ListExecutions items; we answer as AWS does now.",
};
