// @ts-check
/// <reference lib="webworker" />
/**
 * The packages only one page of a multipage app imports (the manifest's `page_packages`,
 * `fragc/packages/page_packages.py`): the worker does not load them at boot; the shim
 * asks for them when that page first runs (`fragc/shim/page_packages.py`), through the
 * function this module puts on the worker's global scope. Python awaits the promise it
 * returns: "" once they are installed, else the loader's messages.
 */

/** The name Python finds the loader by (`js.fragcLoadPagePackages`). */
export const LOADER = "fragcLoadPagePackages";

/**
 * Offer Python the loader of `pyodide` (Pyodide resolves the names, and their
 * dependencies, in the site's lock it was started with).
 * @param {any} scope the worker's global scope
 * @param {any} pyodide
 */
export function offerPagePackages(scope, pyodide) {
  scope[LOADER] = async (/** @type {any} */ names) => {
    const list = Array.isArray(names) ? names : Array.from(names?.toJs?.() ?? names ?? []);
    /** @type {string[]} */
    const errors = [];
    try {
      await pyodide.loadPackage(list, {
        messageCallback: () => {},
        errorCallback: (/** @type {string} */ message) => errors.push(message),
      });
    } catch (error) {
      errors.push(String(error));
    }
    return errors.join("\n");
  };
}
