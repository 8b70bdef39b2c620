/** Choose a document to import: drop a file or paste its text. Reports the chosen source (or null) upwards. */
import { FileTextOutlined, InboxOutlined } from "@ant-design/icons";
import { Form, Input, Tabs, Upload } from "antd";
import { useEffect, useState } from "react";
import type { ImportSource } from "../api/plans.ts";
import { useI18n } from "../locales/i18n.tsx";

const ACCEPT = ".txt,.docx,.pdf,.xlsx,.html,.htm";

interface SourcePickerProps {
  disabled?: boolean;
  onChange: (source: ImportSource | null) => void;
}

/** File upload or pasted text, in two tabs. */
export function SourcePicker({ disabled, onChange }: SourcePickerProps) {
  const { t } = useI18n();
  const [mode, setMode] = useState<"file" | "text">("file");
  const [file, setFile] = useState<File | null>(null);
  const [text, setText] = useState("");
  const [fileName, setFileName] = useState("");

  useEffect(() => {
    if (mode === "file") onChange(file ? { file } : null);
    else onChange(text.trim() ? { text, fileName: fileName.trim() || undefined } : null);
  }, [mode, file, text, fileName, onChange]);

  return (
    <Tabs
      activeKey={mode}
      onChange={(key) => setMode(key === "text" ? "text" : "file")}
      items={[
        {
          key: "file",
          label: t("import.tab.file"),
          icon: <InboxOutlined />,
          children: (
            <Upload.Dragger
              accept={ACCEPT}
              maxCount={1}
              disabled={disabled}
              beforeUpload={(picked) => {
                setFile(picked);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: "picked", name: file.name, status: "done" }] : []}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">{t("import.drop")}</p>
              <p className="ant-upload-hint">{t("import.formats")}</p>
            </Upload.Dragger>
          ),
        },
        {
          key: "text",
          label: t("import.tab.text"),
          icon: <FileTextOutlined />,
          children: (
            <Form layout="vertical">
              <Form.Item label={t("import.fileName")} htmlFor="import-file-name">
                <Input
                  id="import-file-name"
                  value={fileName}
                  disabled={disabled}
                  onChange={(event) => setFileName(event.target.value)}
                  placeholder={t("import.fileNamePlaceholder")}
                />
              </Form.Item>
              <Form.Item label={t("import.text")} style={{ marginBottom: 0 }}>
                <Input.TextArea
                  value={text}
                  onChange={(event) => setText(event.target.value)}
                  autoSize={{ minRows: 8, maxRows: 18 }}
                  placeholder={t("import.textPlaceholder")}
                  disabled={disabled}
                  data-testid="import-text"
                />
              </Form.Item>
            </Form>
          ),
        },
      ]}
    />
  );
}
