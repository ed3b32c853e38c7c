"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
const client_bedrock_1 = require("@aws-sdk/client-bedrock");
const client_1 = require("../audit/client");
const stack_outputs_1 = require("../shared/stack-outputs");
const args_1 = require("./args");
const requests_1 = require("./requests");
const job_kinds_1 = require("../../catalog/job-kinds");
const defaultDeps = { createClient: client_1.createBedrockClient, out: (text) => process.stdout.write(text) };
/** `bedrock-private job customize|batch`: submits a job that always carries the VPC config and the key. */
async function run(argv, deps = defaultDeps) {
    const args = (0, args_1.parseJobArgs)(argv);
    if ('help' in args) {
        deps.out(args_1.JOB_USAGE + '\n');
        return 0;
    }
    const { values } = (0, stack_outputs_1.readStackOutputs)(args.outputs, { stack: args.stack, required: requests_1.LAUNCH_OUTPUTS, flag: '--outputs' });
    const scope = (0, requests_1.launchScope)(values);
    const isCustomization = args.kind === 'customization';
    const request = isCustomization ? (0, requests_1.customizationRequest)(scope, args) : (0, requests_1.batchRequest)(scope, args);
    (0, requests_1.assertCompliant)(request, isCustomization);
    if (args.dryRun) {
        deps.out(JSON.stringify({ operation: job_kinds_1.JOB_KINDS[args.kind].createOperation, region: scope.region, request }, null, 2) + '\n');
        return 0;
    }
    const client = deps.createClient({ region: scope.region, profile: args.profile, endpointUrl: args.endpointUrl });
    const response = isCustomization
        ? await client.send(new client_bedrock_1.CreateModelCustomizationJobCommand((0, requests_1.customizationRequest)(scope, args)))
        : await client.send(new client_bedrock_1.CreateModelInvocationJobCommand((0, requests_1.batchRequest)(scope, args)));
    deps.out(`${response.jobArn}\n`);
    return 0;
}
