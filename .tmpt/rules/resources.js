"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.StackResources = void 0;
exports.refersTo = refersTo;
function constructPath(config) {
    const meta = config['//']?.metadata;
    return typeof meta?.path === 'string' ? meta.path : undefined;
}
class StackResources {
    all;
    constructor(stackJson) {
        const resources = stackJson.resource ?? {};
        const all = [];
        for (const type of Object.keys(resources).sort()) {
            for (const name of Object.keys(resources[type]).sort()) {
                const config = resources[type][name];
                const address = `${type}.${name}`;
                all.push({ type, name, address, path: constructPath(config) ?? address, config });
            }
        }
        this.all = all;
    }
    ofType(type) {
        return this.all.filter((r) => r.type === type);
    }
    /**
     * Resources of `type` whose `attribute` points at `target`: a `${target.address.*}` reference, or the
     * target's literal `bucket` / `id` value (hand-written names instead of references).
     */
    referencing(type, attribute, target) {
        return this.ofType(type).filter((r) => refersTo(r.config[attribute], target));
    }
}
exports.StackResources = StackResources;
/** True when `value` (string or list of strings) references the target resource. */
function refersTo(value, target) {
    const values = Array.isArray(value) ? value : [value];
    const literals = [target.config.bucket, target.config.id].filter((v) => typeof v === 'string');
    return values.some((v) => typeof v === 'string' && (v.includes(`\${${target.address}.`) || literals.includes(v)));
}
