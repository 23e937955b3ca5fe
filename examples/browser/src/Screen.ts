/**
 * The screen: the five views of the app mounted on one editing session, each in the element of its id
 * (`toolbar`, `tree`, `item`, `funding`, `findings`). The app and the benchmark page mount the same.
 */
import type { Editor } from "./Editor.ts"
import { mountFindings } from "./FindingsView.ts"
import { mountFundingPanel } from "./FundingPanel.ts"
import { mountItemPanel } from "./ItemPanel.ts"
import { mountToolbar } from "./Toolbar.ts"
import { mountTree } from "./TreeView.ts"

/**
 * Mounts every view on `editor`.
 */
export const mountScreen = (editor: Editor): void => {
  const part = (id: string) => document.getElementById(id)!
  mountToolbar(part("toolbar"), editor)
  mountTree(part("tree"), editor)
  mountItemPanel(part("item"), editor)
  mountFundingPanel(part("funding"), editor)
  mountFindings(part("findings"), editor)
}
