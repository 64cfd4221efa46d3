"use client";

// Connect for the providers whose flow needs one thing from the user first (the provider's
// OAuthProviderOption.connectWith): Shopify's store host, sent to the authorize route, and
// Trello's token, which Trello shows on its own page and the user pastes back here.
import { useState, type FormEvent } from "react";
import { useSWRConfig } from "swr";
import { INPUT_CLASSES, FieldError } from "@/components/ui/field";
import { useToast } from "@/components/ui/toast";
import type { OAuthProviderOption } from "@/lib/connections/list-oauth-providers";
import { authorizePath, CONNECTIONS_KEY, connectWithToken } from "@/lib/swr/use-connections";
import { formField } from "@/lib/forms/form-field";

const BUTTON =
  "inline-flex shrink-0 items-center justify-center rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 disabled:opacity-60 dark:focus-visible:ring-offset-slate-900";

type HostConnect = Extract<OAuthProviderOption["connectWith"], { kind: "host" }>;

/** Asks for the account's host and starts the flow there; the server checks it again and saves it. */
export function HostConnectForm({ provider, connectWith }: { provider: OAuthProviderOption; connectWith: HostConnect }) {
  const [error, setError] = useState<string>();
  const id = `connect-${provider.id}-host`;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const host = formField(new FormData(event.currentTarget), connectWith.setting).trim().toLowerCase();
    if (!new RegExp(connectWith.pattern).test(host)) return setError(`Enter your ${connectWith.label}.`);
    // A full navigation on purpose: the authorize route answers with a redirect to the provider.
    // eslint-disable-next-line @next/next/no-location-assign-relative-destination
    window.location.assign(`${authorizePath(provider.id)}?${new URLSearchParams({ [connectWith.setting]: host })}`);
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mt-2">
      <label htmlFor={id} className="sr-only">
        {provider.name} {connectWith.label}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name={connectWith.setting}
          placeholder="your-store.myshopify.com"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${INPUT_CLASSES} mt-0 py-1.5`}
        />
        <button type="submit" className={BUTTON}>
          Connect<span className="sr-only"> {provider.name}</span>
        </button>
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </form>
  );
}

/** Opens the provider's token page in a new tab, then takes the token the user copies from it. */
export function TokenConnectForm({ provider }: { provider: OAuthProviderOption }) {
  const toast = useToast();
  const { mutate } = useSWRConfig();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const id = `connect-${provider.id}-token`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const token = formField(new FormData(form), "token").trim();
    if (!token) return setError(`Paste the token ${provider.name} showed you.`);
    setBusy(true);
    try {
      await connectWithToken(provider.id, token);
      form.reset();
      setError(undefined);
      toast.success(`${provider.name} is connected.`);
      await mutate(CONNECTIONS_KEY);
    } catch (e) {
      setError(e instanceof Error ? e.message : `Connecting ${provider.name} failed.`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="mt-2 space-y-1">
      <p className="text-xs text-slate-600 dark:text-slate-400">
        <a href={authorizePath(provider.id)} target="_blank" rel="noopener noreferrer" className="font-medium text-brand-700 underline dark:text-brand-300">
          Get a token from {provider.name}
        </a>
        , then paste it here.
      </p>
      <label htmlFor={id} className="sr-only">
        {provider.name} token
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          name="token"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className={`${INPUT_CLASSES} mt-0 py-1.5 font-mono`}
        />
        <button type="submit" disabled={busy} className={BUTTON}>
          Connect<span className="sr-only"> {provider.name}</span>
        </button>
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </form>
  );
}
