"use strict";
/**
 * The IAM policy grammar as types. Every policy in this repo (identity, key, bucket, endpoint, trust,
 * and the seeds' statements in this folder) is one of these objects; modules/policy/document.ts
 * validates and serializes them, rules/policy.ts reads them back from synthesized JSON.
 */
Object.defineProperty(exports, "__esModule", { value: true });
