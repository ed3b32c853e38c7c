"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const load_1 = require("../../config/load");
const addresses_1 = require("../../scripts/lib/addresses");
const synthesized_1 = require("../../scripts/lib/synthesized");
describe('address stability of the shipped environments', () => {
    let current;
    const committed = (0, addresses_1.readAddressLists)();
    beforeAll(() => {
        current = (0, synthesized_1.synthesizeApp)((0, load_1.loadEnvironments)());
    });
    it('keeps every committed resource address, or covers it with a moved block', () => {
        const lost = (0, addresses_1.lostAddresses)(committed, current);
        if (lost.length)
            throw new Error((0, addresses_1.lostAddressMessage)(lost));
    });
    it('has a committed address list for every synthesized stack', () => {
        const missing = [...current.keys()].filter((stack) => !committed.has(stack));
        if (missing.length) {
            throw new Error(`No committed address list for ${missing.join(', ')}: run npm run addresses:update and commit __tests__/fixtures/addresses/`);
        }
    });
});
