import { Button } from "@/components/ui/button";
import type { ApiTokenRow } from "@/lib/swr/use-api-tokens";

const CELL = "px-4 py-2";

// The token list: never the token itself, only its prefix. Scrolls sideways on a phone;
// `relative` keeps the absolutely positioned sr-only labels inside the scroll box, else
// they widen the whole page.
export function ApiTokensTable({ tokens, error, isLoading, onRevoke }: { tokens?: ApiTokenRow[]; error?: Error; isLoading: boolean; onRevoke: (token: ApiTokenRow) => void }) {
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <table className="w-full text-left text-sm">
        <thead className="border-b border-slate-200 text-slate-600 dark:border-slate-800 dark:text-slate-400">
          <tr>
            <th className={`${CELL} font-medium`}>Name</th>
            <th className={`${CELL} font-medium`}>Token</th>
            <th className={`${CELL} font-medium`}>Created</th>
            <th className={`${CELL} font-medium`}>Last used</th>
            <th className={CELL}>
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {isLoading && (
            <tr>
              <td colSpan={5} className="px-4 py-6 text-slate-600 dark:text-slate-400">
                Loading…
              </td>
            </tr>
          )}
          {error && (
            <tr>
              <td colSpan={5} role="alert" className="px-4 py-6 text-red-700 dark:text-red-400">
                {error.message}
              </td>
            </tr>
          )}
          {tokens?.length === 0 && (
            <tr>
              <td colSpan={5} className="px-4 py-6 text-slate-600 dark:text-slate-400">
                No API tokens yet. Create one above to call the API from a script.
              </td>
            </tr>
          )}
          {tokens?.map((token) => (
            <tr key={token.id} className="border-t border-slate-100 dark:border-slate-800">
              <td className={`${CELL} font-medium`}>{token.name}</td>
              <td className={`${CELL} whitespace-nowrap font-mono text-xs`}>{token.prefix}…</td>
              <td className={`${CELL} whitespace-nowrap`}>
                <time dateTime={token.createdAt} title={token.createdAt}>
                  {new Date(token.createdAt).toLocaleString()}
                </time>
              </td>
              <td className={`${CELL} whitespace-nowrap`}>
                {token.lastUsedAt ? (
                  <time dateTime={token.lastUsedAt} title={token.lastUsedAt}>
                    {new Date(token.lastUsedAt).toLocaleString()}
                  </time>
                ) : (
                  "never"
                )}
              </td>
              <td className={`${CELL} text-right`}>
                <Button variant="secondary" onClick={() => onRevoke(token)}>
                  Revoke<span className="sr-only"> {token.name}</span>
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
