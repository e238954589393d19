/**
 * @jest-environment jsdom
 */
/**
 * Offline checks of manifest.xml. `npm run validate` posts the manifest to
 * Microsoft's online validator, which needs the internet; this test covers
 * what can go wrong locally: bad XML, dangling resids, http URLs, missing or
 * wrongly sized icons, and the host/permission/requirement/locale contract.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.join(__dirname, "..");
const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const doc = new DOMParser().parseFromString(xml, "application/xml");
const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

function all(local: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", local));
}
function one(local: string): Element {
  const found = all(local);
  if (found.length === 0) throw new Error(`no <${local}> in manifest.xml`);
  return found[0];
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const buf = fs.readFileSync(file);
  const signature = buf.subarray(0, 8).toString("hex");
  if (signature !== "89504e470d0a1a0a") throw new Error(`${file} is not a PNG`);
  if (buf.subarray(12, 16).toString("ascii") !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

/** Resource id → the element that defines it (bt:Image, bt:Url, bt:String). */
function resources(): Map<string, Element> {
  const map = new Map<string, Element>();
  const res = one("Resources");
  for (const el of Array.from(res.getElementsByTagNameNS(BT, "*"))) {
    const id = el.getAttribute("id");
    if (id) map.set(id, el);
  }
  return map;
}

describe("manifest.xml", () => {
  it("is well-formed XML with an OfficeApp root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type")).toBe("TaskPaneApp");
  });

  it("has a GUID id and a four-part version", () => {
    expect(one("Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(one("Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("targets Excel workbooks with ReadWriteDocument", () => {
    const hosts = all("Host").filter((h) => h.parentElement?.parentElement === doc.documentElement);
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    const vo = all("Host").filter((h) => h.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"));
    expect(vo.map((h) => h.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"))).toEqual(["Workbook"]);
    expect(one("Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("declares ExcelApi 1.7 as the minimum requirement set", () => {
    const sets = all("Set").filter((s) => s.getAttribute("Name") === "ExcelApi");
    expect(sets).toHaveLength(1);
    expect(sets[0].getAttribute("MinVersion")).toBe("1.7");
  });

  it("resolves every resid in Resources", () => {
    const res = resources();
    const refs = Array.from(doc.getElementsByTagName("*"))
      .map((el) => el.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(refs.length).toBeGreaterThan(10);
    const missing = refs.filter((r) => !res.has(r));
    expect(missing).toEqual([]);
  });

  it("uses https for every URL", () => {
    const urls: string[] = [];
    for (const el of Array.from(doc.getElementsByTagName("*"))) {
      for (const attr of ["DefaultValue", "Value"]) {
        const v = el.getAttribute(attr);
        if (v && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      }
      if (el.localName === "AppDomain" && el.textContent) urls.push(el.textContent);
    }
    expect(urls.length).toBeGreaterThan(10);
    expect(urls.filter((u) => !u.startsWith("https://"))).toEqual([]);
  });

  it("has icons in assets/ at the declared sizes", () => {
    const res = resources();
    const checked: string[] = [];
    const check = (url: string, size: number) => {
      const file = path.join(ROOT, new URL(url).pathname);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
      checked.push(`${path.basename(file)}@${size}`);
    };
    for (const img of all("Image").filter((i) => i.getAttribute("size"))) {
      const size = Number(img.getAttribute("size"));
      const def = res.get(img.getAttribute("resid") ?? "");
      check(def?.getAttribute("DefaultValue") ?? "https://missing/", size);
    }
    check(one("IconUrl").getAttribute("DefaultValue") ?? "", 32);
    check(one("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64);
    for (const size of [16, 32, 64, 80]) expect(checked).toContain(`icon-${size}.png@${size}`);
  });

  it("is Swedish by default with an en-US override for every string", () => {
    expect(one("DefaultLocale").textContent).toBe("sv-SE");
    const localizable = [
      one("DisplayName"),
      one("Description"),
      ...Array.from(one("Resources").getElementsByTagNameNS(BT, "String")),
    ];
    for (const el of localizable) {
      const overrides = Array.from(el.children).filter((c) => c.localName === "Override" && c.getAttribute("Locale") === "en-US");
      expect({ id: el.getAttribute("id") ?? el.localName, overrides: overrides.length }).toEqual({
        id: el.getAttribute("id") ?? el.localName,
        overrides: 1,
      });
    }
    const labels = new Map(
      Array.from(one("Resources").getElementsByTagNameNS(BT, "String")).map((s) => [
        s.getAttribute("id"),
        [s.getAttribute("DefaultValue"), s.children[0]?.getAttribute("Value")],
      ]),
    );
    expect(labels.get("Rapportkoll.CheckButton.Label")).toEqual(["Kontrollera", "Check"]);
    expect(labels.get("Rapportkoll.ReportButton.Label")).toEqual(["Rapport", "Report"]);
  });

  it("puts a Rapportkoll group on the Home tab with Kontrollera and Rapport opening one pane", () => {
    const tab = one("OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const res = resources();
    const controls = all("Control");
    expect(controls).toHaveLength(2);
    const actions = controls.map((c) => {
      const action = c.getElementsByTagNameNS("*", "Action")[0];
      const src = action.getElementsByTagNameNS("*", "SourceLocation")[0].getAttribute("resid") ?? "";
      return {
        type: action.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type"),
        pane: action.getElementsByTagNameNS("*", "TaskpaneId")[0].textContent,
        url: res.get(src)?.getAttribute("DefaultValue"),
      };
    });
    expect(actions[0]).toEqual({ type: "ShowTaskpane", pane: actions[1].pane, url: "https://localhost:3000/taskpane.html?command=check" });
    expect(actions[1]).toEqual({ type: "ShowTaskpane", pane: actions[0].pane, url: "https://localhost:3000/taskpane.html?command=report" });
    const fn = res.get(one("FunctionFile").getAttribute("resid") ?? "");
    expect(fn?.getAttribute("DefaultValue")).toBe("https://localhost:3000/commands.html");
    expect(res.get(one("Group").getElementsByTagNameNS("*", "Label")[0].getAttribute("resid") ?? "")?.getAttribute("DefaultValue")).toBe("Rapportkoll");
  });
});
