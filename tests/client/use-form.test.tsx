// @vitest-environment jsdom
// The one form model (client/src/lib/use-form.ts) that dialogs and record forms share:
// the shared schema's messages land under their fields before anything is sent, the
// server's fieldErrors land under the same fields, a second submit while the first is
// pending sends nothing, and the focus goes to the first invalid field.
import { describe, expect, it } from "vitest";
import { ZSignInInput, type TSignInInput } from "@atlas/shared/auth";
import { TRPCClientError } from "@trpc/client";
import { act, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { useForm } from "../../client/src/lib/use-form.ts";
import { checkWith } from "../../client/src/lib/validation.ts";
import { TextField } from "../../client/src/ui/text-field.tsx";
import { useDomTestSetup } from "./support/dom.ts";

useDomTestSetup();

function refusal(fieldErrors: Record<string, Array<{ key: string; params?: Record<string, unknown> }>>) {
  return new TRPCClientError("Проверьте поля", {
    result: { error: { code: -32600, message: "Проверьте поля", data: { code: "BAD_REQUEST", httpStatus: 400, key: "request.checkFields", fieldErrors } } },
  } as never);
}

function Probe({ save }: { save: (input: TSignInInput) => Promise<unknown> }) {
  const form = useForm({
    initial: { email: "", password: "" },
    fields: ["email", "password"],
    prepare: (values) => checkWith(ZSignInInput, values),
    save,
  });
  return (
    <form onSubmit={form.submit} noValidate>
      {form.general && <p role="alert">{form.general}</p>}
      <TextField label="Почта" name="email" value={form.values.email} onChange={(e) => form.set("email", e.target.value)} error={form.error("email")} />
      <TextField
        label="Пароль"
        name="password"
        value={form.values.password}
        onChange={(e) => form.set("password", e.target.value)}
        error={form.error("password")}
      />
      <button type="submit" disabled={form.saving}>
        Сохранить
      </button>
    </form>
  );
}

describe("useForm", () => {
  it("checks with the schema before sending and focuses the first invalid field", async () => {
    const sent: unknown[] = [];
    render(<Probe save={async (input) => sent.push(input)} />);
    fireEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    await screen.findByText("Укажите адрес электронной почты");
    expect(screen.getByText("Введите пароль")).toBeTruthy();
    expect(screen.getByRole("alert").textContent).toBe("Проверьте выделенные поля.");
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText("Почта")));
    expect(sent).toEqual([]);

    // Correcting the marked fields clears their messages and, with the last one, the summary.
    fireEvent.change(screen.getByLabelText("Почта"), { target: { value: " Admin@Demo " } });
    expect(screen.queryByText("Укажите адрес электронной почты")).toBeNull();
    expect(screen.getByRole("alert")).toBeTruthy();
    fireEvent.change(screen.getByLabelText("Пароль"), { target: { value: "secret" } });
    expect(screen.queryByRole("alert")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Сохранить" }));
    // What the schema made of the input (trimmed, lower-cased) is what is sent.
    await waitFor(() => expect(sent).toEqual([{ email: "admin@demo", password: "secret" }]));
  });

  it("puts the server's field messages under the fields and sends once while pending", async () => {
    let calls = 0;
    let refuse: (error: unknown) => void = () => undefined;
    render(
      <Probe
        save={() => {
          calls += 1;
          return new Promise((_, reject) => (refuse = reject));
        }}
      />,
    );
    fireEvent.change(screen.getByLabelText("Почта"), { target: { value: "admin@demo" } });
    fireEvent.change(screen.getByLabelText("Пароль"), { target: { value: "secret" } });
    const submit = screen.getByRole("button", { name: "Сохранить" });
    fireEvent.submit(submit.closest("form")!);
    fireEvent.submit(submit.closest("form")!);
    await waitFor(() => expect((submit as HTMLButtonElement).disabled).toBe(true));
    expect(calls).toBe(1);
    await act(async () => refuse(refusal({ "data.password": [{ key: "auth.chooseAnotherPassword" }], id: [{ key: "reference.partner" }] })));
    await screen.findByText("Придумайте другой пароль");
    // A path the form does not show goes to the general message instead.
    expect(screen.getByRole("alert").textContent).toBe("Партнёр не найден");
    expect((submit as HTMLButtonElement).disabled).toBe(false);
  });
});
