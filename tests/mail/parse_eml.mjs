// Reads a JSON list of .eml texts on stdin; writes what an independent mail parser (postal-mime,
// which the project does not use to write them) reads from each: subject, recipients, headers, body.
import PostalMime from "postal-mime";

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const emls = JSON.parse(Buffer.concat(chunks).toString("utf8"));
const parsed = [];
for (const raw of emls) {
  const email = await PostalMime.parse(raw);
  parsed.push({
    subject: email.subject ?? null,
    to: (email.to ?? []).map((address) => ({ name: address.name, address: address.address ?? null, group: "group" in address })),
    headers: email.headers.map((header) => header.key),
    text: email.text ?? null,
  });
}
process.stdout.write(JSON.stringify(parsed));
