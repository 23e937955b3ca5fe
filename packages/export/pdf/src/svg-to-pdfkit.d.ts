// Types of svg-to-pdfkit (it ships none): draws an SVG document onto a PDFKit page.
declare module "svg-to-pdfkit" {
  const SVGtoPDF: (
    doc: PDFKit.PDFDocument,
    svg: string,
    x: number,
    y: number,
    options?: {
      readonly width?: number
      readonly height?: number
      readonly assumePt?: boolean
      readonly fontCallback?: (family: string, bold: boolean, italic: boolean) => string
      readonly warningCallback?: (message: string) => void
    }
  ) => void
  export default SVGtoPDF
}
