"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkCustomModel = checkCustomModel;
const remediation_1 = require("../remediation");
const catalog_1 = require("./catalog");
/** Seed 003: a custom model must be encrypted with a customer-managed key. */
function checkCustomModel(region, model, expected) {
    if (model.modelKmsKeyArn)
        return [];
    const name = model.modelName ?? model.modelArn ?? '?';
    return [{
            ruleId: catalog_1.RULES.customModelNoCmk.id,
            kind: 'custom-model',
            region,
            resourceArn: model.modelArn ?? name,
            resourceName: name,
            message: `Custom model ${name} has no modelKmsKeyArn: it is encrypted with an AWS-owned key.`,
            remediation: (0, remediation_1.customModelRemediation)(region, model, expected),
        }];
}
