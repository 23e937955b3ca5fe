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

export const pdfPages = (bytes: Uint8Array): Array<string> => {
  const dir = mkdtempSync(join(tmpdir(), "kpss-pdftotext-"))
  try {
    writeFileSync(join(dir, "in.pdf"), bytes)
    const text = execFileSync("pdftotext", ["-layout", "-enc", "UTF-8", join(dir, "in.pdf"), "-"], { encoding: "utf8", timeout: 120_000, maxBuffer: 256 * 1024 * 1024 })
    const pages = text.split("\f")
    if (pages[pages.length - 1]!.trim() === "") pages.pop()
    return pages
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
