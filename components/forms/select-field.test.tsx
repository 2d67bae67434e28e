import { describe, expect, it } from "vitest";
import { renderToStaticMarkup } from "react-dom/server";
import { SelectField } from "./select-field";

const options = [
  { value: "LOW", label: "低" },
  { value: "NORMAL", label: "一般" },
];

describe("SelectField", () => {
  it("offers a prompt that must be replaced, and ties the server's message to the select", () => {
    const state = { ok: false as const, message: "请检查", fieldErrors: { priority: ["请选择优先级"] } };
    const html = renderToStaticMarkup(
      <SelectField
        name="priority"
        label="优先级"
        options={options}
        empty={{ label: "请选择", selectable: false }}
        state={state}
      />,
    );
    expect(html).toContain('<label for="priority"');
    expect(html).toMatch(/<select[^>]*id="priority"[^>]*required=""/);
    expect(html).toContain('<option value="" disabled="" selected="">请选择</option>');
    expect(html).toMatch(/<select[^>]*aria-invalid="true"/);
    expect(html).toContain("请选择优先级");
  });

  it("starts on its default without an empty choice when the field always has a value", () => {
    const html = renderToStaticMarkup(
      <SelectField name="priority" label="优先级" options={options} defaultValue="NORMAL" state={null} />,
    );
    expect(html).not.toContain('<option value=""');
    expect(html).toContain('<option value="NORMAL" selected="">一般</option>');
  });

  it("can be disabled, controlled, and labelled with a marker", () => {
    const html = renderToStaticMarkup(
      <SelectField
        name="stationId"
        label={
          <>
            派出所<span aria-hidden="true">*</span>
          </>
        }
        options={options}
        empty={{ label: "无", selectable: true }}
        value="LOW"
        onChange={() => {}}
        disabled
        state={null}
      />,
    );
    expect(html).toMatch(/<select[^>]*disabled=""/);
    expect(html).not.toMatch(/<select[^>]*required/);
    expect(html).toContain('<option value="LOW" selected="">低</option>');
    expect(html).toContain('派出所<span aria-hidden="true">*</span>');
  });
});
