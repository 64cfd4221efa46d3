// A target URL that deliveries could never reach is refused when it is saved (422),
// not discovered at the first delivery. Host names are checked again at connect time.
import "server-only";
import { ApiError } from "../../api/errors";
import { checkTargetUrl, TargetRefused } from "../target-guard";
import { env } from "../../env";

export function checkTargetUrlOr422(url: string): void {
  try {
    const parsed = checkTargetUrl(url);
    if (!env().HOOKYARD_ALLOW_PRIVATE_TARGETS && /^(localhost|.*\.localhost|.*\.local|.*\.internal)$/i.test(parsed.hostname)) {
      throw new TargetRefused(`${parsed.hostname} is not a public host (set HOOKYARD_ALLOW_PRIVATE_TARGETS to allow it)`);
    }
  } catch (error) {
    if (error instanceof TargetRefused) throw new ApiError("unprocessable", `The URL cannot be used: ${error.message}.`, [{ path: ["url"], message: error.message }]);
    throw error;
  }
}
