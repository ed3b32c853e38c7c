"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ManagedKey = void 0;
const constructs_1 = require("constructs");
const kms_key_1 = require("@cdktf/provider-aws/lib/kms-key");
const kms_alias_1 = require("@cdktf/provider-aws/lib/kms-alias");
const document_1 = require("../policy/document");
/** A symmetric customer-managed key with rotation on, an alias and an explicit key policy. */
class ManagedKey extends constructs_1.Construct {
    key;
    alias;
    constructor(scope, id, props) {
        super(scope, id);
        if (props.deletionWindowDays < 7 || props.deletionWindowDays > 30) {
            throw new Error(`${this.node.path}: deletionWindowDays must be 7 to 30 (got ${props.deletionWindowDays}).`);
        }
        this.key = new kms_key_1.KmsKey(this, 'key', {
            description: props.description,
            enableKeyRotation: true,
            deletionWindowInDays: props.deletionWindowDays,
            policy: (0, document_1.policyJson)(props.policy),
            lifecycle: { preventDestroy: props.preventDestroy },
        });
        this.alias = new kms_alias_1.KmsAlias(this, 'alias', { name: `alias/${props.alias}`, targetKeyId: this.key.keyId });
    }
}
exports.ManagedKey = ManagedKey;
