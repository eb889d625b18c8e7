/** Hands a file to the browser's downloads. */
export function saveFile(name: string, content: Blob | string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the next task; the address is no use after that.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
