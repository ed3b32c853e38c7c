"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.USAGE = void 0;
exports.main = main;
const errors_1 = require("../catalog/errors");
/**
 * Subcommand name → lazy import, so `audit` never loads another command's dependencies.
 * To add a command, add one entry here and a `cli/<name>/command.ts` exporting `run`.
 */
const COMMANDS = {
    audit: {
        summary: 'find Bedrock jobs and custom models outside the VPC or without a customer-managed key',
        load: () => Promise.resolve().then(() => __importStar(require('./audit/command'))),
    },
    job: {
        summary: 'submit a customization or batch inference job with the environment\'s VPC config and key',
        load: () => Promise.resolve().then(() => __importStar(require('./job/command'))),
    },
};
exports.USAGE = `Usage: bedrock-private <command> [options]

Commands:
${Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(8)} ${c.summary}`).join('\n')}

Run "bedrock-private <command> --help" for a command's options.`;
/** Dispatches to a subcommand; bad input exits 2 with a message instead of a stack trace. */
async function main(argv) {
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
        process.stdout.write(exports.USAGE + '\n');
        return name === undefined ? 2 : 0;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) {
        process.stderr.write(`bedrock-private: unknown command "${name}".\n\n${exports.USAGE}\n`);
        return 2;
    }
    try {
        return await (await command.load()).run(rest);
    }
    catch (err) {
        if ((0, errors_1.isUserError)(err)) {
            process.stderr.write(`bedrock-private ${name}: ${err.message}\n`);
            return 2;
        }
        process.stderr.write(`bedrock-private ${name}: could not complete: ${err.stack ?? String(err)}\n`);
        return 2;
    }
}
