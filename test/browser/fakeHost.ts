/* Bundled for the browser tests: the recording fake Excel host, exposed to the page. */
import { FakeContext, withXmlParts } from "../excel/fakeExcel";

const ctx = new FakeContext(1.9);
const w = window as unknown as Record<string, unknown>;
w.__PV_FAKE__ = ctx;
w.__PV_EXCEL_RUN__ = ctx.run;
w.__PV_CAPS__ = { api19: true, api18: true };
// Kolada keeps its data in a custom XML part, as Excel allows.
w.__PV_XML_PARTS__ = withXmlParts(ctx).parts;
