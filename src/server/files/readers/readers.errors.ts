/**
 * Errors a document reader raises: each has a stable code, one line in Chinese and one in English, so the
 * upload route answers with it and the CLI prints it as one line.
 */
import { AppError, defineError } from "../../errors.ts";

/** Megabytes, rounded to one decimal, for messages. */
function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, "");
}

/** Old Office and WPS formats, and the format to save them as. */
const SAVE_AS: Record<string, string> = { doc: "docx", wps: "docx", xls: "xlsx", et: "xlsx" };

export const readerErrors = {
  empty: defineError("files.empty", 400, "文件为空", "The file is empty"),
  noText: defineError(
    "files.no_text",
    400,
    "文件中没有可读的文字(扫描件请先做文字识别)",
    "The file holds no readable text (run OCR on a scanned document first)",
  ),
  binaryText: defineError(
    "files.binary_text",
    400,
    "文件名为 .txt,但内容不是文本",
    "The file is named .txt but its content is not text",
  ),
  /** The bytes do not open as the format the name or content says. */
  corrupt: (format: string) =>
    new AppError(
      "files.corrupt",
      400,
      `.${format} 文件已损坏或格式不符,无法读取`,
      `The .${format} file is corrupt or not really .${format}; it cannot be read`,
      { format },
    ),
  /** The extension (or the sniffed content) names no format Luoshi reads; old Office and WPS files get told what to save as. */
  unsupported: (extension: string) => {
    const saveAs = SAVE_AS[extension];
    if (saveAs) {
      return new AppError(
        "files.unsupported_type",
        415,
        `不支持旧版 .${extension} 文件,请在 Office 或 WPS 中另存为 .${saveAs} 后再导入`,
        `Old .${extension} files are not supported; save the file as .${saveAs} in Office or WPS first`,
        { extension, saveAs },
      );
    }
    return new AppError(
      "files.unsupported_type",
      415,
      `不支持的文件类型${extension ? ` .${extension}` : ""},请使用 .txt、.docx、.pdf、.xlsx 或 .html`,
      `Unsupported file type${extension ? ` .${extension}` : ""}; use .txt, .docx, .pdf, .xlsx or .html`,
      { extension },
    );
  },
  tooLarge: (size: number, maxBytes: number) =>
    new AppError(
      "files.too_large",
      413,
      `文件大小 ${megabytes(size)} MB,超过 ${megabytes(maxBytes)} MB 的上限`,
      `The file is ${megabytes(size)} MB, over the ${megabytes(maxBytes)} MB limit`,
      { size, maxBytes },
    ),
  /** An Office file that unpacks to more than the limit (a zip bomb, or a cell of hundreds of MB). */
  tooLargeUnpacked: (maxBytes: number) =>
    new AppError(
      "files.too_large_unpacked",
      413,
      `文件解压后超过 ${megabytes(maxBytes)} MB 的上限(可能含有压缩炸弹或超大单元格),请检查后再导入`,
      `The file unpacks to more than the ${megabytes(maxBytes)} MB limit (a zip bomb or a huge cell?); check it and try again`,
      { maxBytes },
    ),
  tooManyParts: (parts: number, maxParts: number) =>
    new AppError(
      "files.too_many_parts",
      413,
      `文件包含 ${parts} 个部件,超过 ${maxParts} 个的上限`,
      `The file holds ${parts} parts, over the limit of ${maxParts}`,
      { parts, maxParts },
    ),
  /** More text than any plan holds: refused before the extractor spends minutes on it. */
  textTooLong: (characters: number, maxCharacters: number) =>
    new AppError(
      "files.text_too_long",
      413,
      `文本共 ${characters} 字,超过 ${maxCharacters} 字的上限,请拆分后再导入`,
      `The text has ${characters} characters, over the ${maxCharacters} limit; split it and try again`,
      { characters, maxCharacters },
    ),
};
