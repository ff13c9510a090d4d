/* The API reference, drawn from /openapi.json with no asset from elsewhere: each route with its
   parameters and the fields of its response, every record type once below, linked. */
"use strict";

function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, v);
  for (const k of kids.flat()) if (k !== null && k !== undefined) e.append(k instanceof Node ? k : String(k));
  return e;
}

/* A schema as a short type: "StatementHit", "list of EventHit", "string or null". */
function typeOf(schema) {
  if (!schema) return "any";
  if (schema.$ref) { const name = schema.$ref.split("/").pop(); return el("a", {href: `#schema-${name}`, class: "schema-ref"}, name); }
  if (schema.anyOf) return schema.anyOf.map(typeOf).flatMap((t, i) => (i ? [" or ", t] : [t]));
  if (schema.type === "array") return ["list of ", typeOf(schema.items)];
  if (schema.enum) return schema.enum.join(" | ");
  if (schema.type === "object" && schema.additionalProperties) return ["map to ", typeOf(schema.additionalProperties)];
  return schema.type || "any";
}

function route(path, method, op) {
  const ok = (op.responses || {})["200"] || {};
  const content = ok.content || {};
  const json = content["application/json"];
  return el("section", {class: "card route", id: op.operationId},
    el("h2", {}, el("span", {class: "badge"}, method.toUpperCase()), " ", el("code", {}, path)),
    op.summary ? el("p", {}, op.summary) : null,
    op.description ? el("p", {class: "muted"}, op.description) : null,
    (op.parameters || []).length ? el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, "parameter"), el("th", {}, "in"), el("th", {}, "type"), el("th", {}, "about"))),
      el("tbody", {}, op.parameters.map(p => el("tr", {}, el("td", {}, el("code", {}, p.name)), el("td", {}, p.in), el("td", {}, typeOf(p.schema)), el("td", {}, p.description || ""))))) : null,
    el("p", {class: "response"}, "Returns ", json ? typeOf(json.schema) : "a file", Object.keys(content).length > 1 ? ` (also ${Object.keys(content).filter(k => k !== "application/json").join(", ")})` : ""));
}

function schemaSection(name, schema) {
  const props = schema.properties || {};
  return el("section", {class: "card schema", id: `schema-${name}`},
    el("h2", {}, name), schema.description ? el("p", {class: "muted"}, schema.description) : null,
    el("table", {}, el("tbody", {}, Object.entries(props).map(([k, v]) => el("tr", {}, el("td", {}, el("code", {}, k)), el("td", {}, typeOf(v)),
      el("td", {}, (schema.required || []).includes(k) ? "required" : ""))))));
}

async function main() {
  const spec = await (await fetch("/openapi.json")).json();
  const root = document.getElementById("main");
  const routes = Object.entries(spec.paths).flatMap(([path, ops]) => Object.entries(ops).map(([m, op]) => route(path, m, op)));
  const schemas = Object.entries((spec.components || {}).schemas || {}).map(([n, sc]) => schemaSection(n, sc));
  root.replaceChildren(el("h1", {}, `${spec.info.title} ${spec.info.version}: API reference`), el("p", {}, spec.info.description || ""),
    el("h2", {}, "Routes"), ...routes, el("h2", {}, "Records"), ...schemas);
}

main().catch(err => { document.getElementById("main").append(el("p", {class: "error"}, err.message)); });
