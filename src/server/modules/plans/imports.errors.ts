/** Errors of importing a document. */
import { defineError } from "../../errors.ts";

export const emptyText = defineError("imports.empty_text", 400, "文档内容为空", "The document has no text");
export const missingFile = defineError(
  "imports.missing_file",
  400,
  "请上传文件(表单字段 file)或粘贴文本",
  "Upload a file (form field `file`) or paste the text",
);
