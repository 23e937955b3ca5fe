// The independent reader of the PDF tests: Debian's pdftotext (poppler-utils), one string per page.
import { execFileSync } from "node:child_process"
import { mkdtempSync, rmSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"

export const hasPdftotext = (): boolean => {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" })
    return true
  } catch {
    return false
  }
}

const pdftotext = (bytes: Uint8Array, mode: "-layout" | "-raw"): string => {
  const dir = mkdtempSync(join(tmpdir(), "kpss-pdftotext-"))
  try {
    writeFileSync(join(dir, "in.pdf"), bytes)
    return execFileSync("pdftotext", [mode, "-enc", "UTF-8", join(dir, "in.pdf"), "-"], { encoding: "utf8", timeout: 120_000, maxBuffer: 256 * 1024 * 1024 })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The text of each page as laid out. */
export const pdfPages = (bytes: Uint8Array): Array<string> => {
  const pages = pdftotext(bytes, "-layout").split("\f")
  if (pages[pages.length - 1]!.trim() === "") pages.pop()
  return pages
}

/** The text in the order it was written (a cell's lines stay together). */
export const pdfText = (bytes: Uint8Array): string => pdftotext(bytes, "-raw")
