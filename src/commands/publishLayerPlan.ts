// Gathering a layer publish: a multi-step input (Step k of n, Back on every step, validation as you type) that
// returns a plain plan. The answers are remembered per folder, so publishing the same folder again is one
// confirmation with everything filled in ("Change Answers…" walks the steps again, pre-filled).
import * as path from 'path';
import type { Architecture, LambdaService, LayerSummary, LayerVersionSummary } from '../aws/lambdaService';
import { MAX_COMPATIBLE_RUNTIMES } from '../aws/limits';
import { validateDescription, validateLayerName, validateLicenseInfo } from '../layers/layerName';
import { runtimesForPicker } from '../layers/runtimes';
import { linkedCopies } from '../layers/zip/folderScan';
import type { FolderScan } from '../layers/zip/folderScan';
import { plural } from '../ui/displayText';
import { decideLayout, layerFamilies } from '../layers/zip/layerLayout';
import { formatBytes } from '../ui/format';
import type { StepPosition } from '../ui/prompter';
import type { CommandDeps } from './commandDeps';
import { reviewChanges, reviewItem } from './publishLayerReview';
import { newestVersion } from './steps/listing';
import { BackTo, runWizard } from './steps/wizard';
import type { WizardStep } from './steps/wizard';

/** What to publish, where and how: everything the executor needs, nothing it asks. */
export interface PublishLayerPlan {
  folder: string;
  layerName: string;
  /** Where files go in /opt ('' keeps paths). */
  prefix: string;
  compatibleRuntimes: string[];
  compatibleArchitectures: Architecture[];
  description: string;
  licenseInfo: string;
}

/** What the gathering knows before it asks. */
export interface PublishLayerContext {
  folder: string;
  scan: FolderScan;
  layers: LayerSummary[];
  /** Given by the "Publish New Version…" menu of a layer: no name question. */
  fixedName?: string;
  proposedDescription?: string;
  proposedLicense?: { value: string; reason: string };
}

/** What is remembered per folder: the plan without the folder. */
type Answers = Omit<PublishLayerPlan, 'folder'>;

type State = Partial<Answers> & {
  /** 'typed': a new layer named at the first question ("Create new layer 'x'"), so no name question. */
  nameChoice?: { kind: 'new' } | { kind: 'existing'; name: string } | { kind: 'typed'; name: string };
  previous?: LayerVersionSummary | null;
  confirmed?: boolean;
};

const LAYOUTS = [
  { prefix: '', label: 'Keep paths (no prefix)' },
  { prefix: 'nodejs/', label: 'nodejs/' },
  { prefix: 'python/', label: 'python/' },
  { prefix: 'java/lib/', label: 'java/lib/' },
  { prefix: 'ruby/lib/', label: 'ruby/lib/' },
];

export const PUBLISH_ACTION = 'Publish';
export const CHANGE_ANSWERS = 'Change Answers…';

export function memoryKey(folder: string): string {
  return `publishLayer:${folder}`;
}

export function suggestLayerName(folder: string): string {
  const base = path
    .basename(folder)
    .replace(/[^a-zA-Z0-9-_]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return (base || 'my-layer').slice(0, 140);
}

/** Which step asks for what (indexes into the step list below), so a summary row can go back to it. */
const STEP = { name: 0, layout: 2, runtimes: 3, architectures: 4, description: 5, license: 6 } as const;

/** The plan as summary rows, one per answer (a quick pick shows one line per row; a long line would be cut). */
export function summaryRows(
  plan: Answers,
  scan: FolderScan,
  isNew: boolean,
): { label: string; step: (typeof STEP)[keyof typeof STEP] }[] {
  return [
    { label: `$(layers) ${isNew ? 'New layer' : 'New version of'} ${plan.layerName}`, step: STEP.name },
    {
      label: `$(file-zip) ${scan.fileCount} files, ${formatBytes(scan.totalBytes)}, ${plan.prefix ? `under /opt/${plan.prefix}` : 'paths kept in /opt'}`,
      step: STEP.layout,
    },
    ...linkedRow(scan),
    {
      label: `$(symbol-event) Runtimes: ${plan.compatibleRuntimes.join(', ') || 'any'}`,
      step: STEP.runtimes,
    },
    {
      label: `$(chip) Architectures: ${plan.compatibleArchitectures.join(', ') || 'not specified'}`,
      step: STEP.architectures,
    },
    { label: `$(note) Description: ${plan.description || '(none)'}`, step: STEP.description },
    { label: `$(law) License: ${plan.licenseInfo || '(none)'}`, step: STEP.license },
  ];
}

/** Symlinks inside the folder become copies in the archive: say so rather than grow the layer silently. */
function linkedRow(scan: FolderScan): { label: string; step: (typeof STEP)['layout'] }[] {
  const n = linkedCopies(scan);
  return n === 0
    ? []
    : [
        {
          label: `$(file-symlink-file) ${plural(n, 'linked file')} stored as copies (a zip has no links)`,
          step: STEP.layout,
        },
      ];
}

export async function gatherPublishLayerPlan(
  deps: CommandDeps,
  lambda: LambdaService,
  ctx: PublishLayerContext,
  title: string,
): Promise<PublishLayerPlan> {
  const remembered = deps.memory.get<Answers>(memoryKey(ctx.folder));
  const fit =
    remembered && (!ctx.fixedName || remembered.layerName === ctx.fixedName) ? remembered : undefined;
  const steps = wizardSteps(deps, lambda, ctx, title);
  let initial: State = ctx.fixedName
    ? {
        layerName: ctx.fixedName,
        nameChoice: { kind: 'existing', name: ctx.fixedName },
        previous: (await newestVersion(lambda, ctx.fixedName)) ?? null,
      }
    : {};
  if (fit) {
    // Publishing the same folder again: one confirmation with the last answers.
    const existing = ctx.layers.some((l) => l.name === fit.layerName);
    const choice = await deps.prompter.pick<'publish' | 'change'>(
      [
        { label: PUBLISH_ACTION, description: 'with the same answers as last time', value: 'publish' },
        { label: CHANGE_ANSWERS, description: 'walk through the questions, pre-filled', value: 'change' },
        ...summaryRows(fit, ctx.scan, !existing).map((r, i) => ({
          label: r.label,
          value: 'change' as const,
          ...(i === 0 ? { group: 'Last time (pick a line to change the answers)' } : {}),
        })),
      ],
      { title, placeholder: `Publish ${path.basename(ctx.folder)} again with the same answers?` },
    );
    if (choice === 'publish') {
      const plan = { ...fit, folder: ctx.folder };
      await deps.memory.set(memoryKey(ctx.folder), fit);
      return plan;
    }
    initial = {
      ...initial,
      ...fit,
      nameChoice: existing ? { kind: 'existing', name: fit.layerName } : { kind: 'new' },
    };
  }
  const answers = answersOf(await runWizard<State>(initial, steps));
  await deps.memory.set(memoryKey(ctx.folder), answers);
  return { ...answers, folder: ctx.folder };
}

/** The plan's answers from the wizard's state (the ones not asked take their neutral value). */
function answersOf(s: State): Answers {
  return {
    layerName: s.layerName!,
    prefix: s.prefix ?? '',
    compatibleRuntimes: s.compatibleRuntimes ?? [],
    compatibleArchitectures: s.compatibleArchitectures ?? [],
    description: s.description ?? '',
    licenseInfo: s.licenseInfo ?? '',
  };
}

function wizardSteps(
  deps: CommandDeps,
  lambda: LambdaService,
  ctx: PublishLayerContext,
  title: string,
): WizardStep<State>[] {
  const p = deps.prompter;
  const detected = decideLayout(ctx.scan.files);
  const suggested = suggestLayerName(ctx.folder);
  const withPrevious = async (s: State, name: string): Promise<State> => {
    const previous =
      s.previous !== undefined && s.layerName === name
        ? s.previous
        : ((await newestVersion(lambda, name)) ?? null);
    return { ...s, layerName: name, previous };
  };
  const askName: WizardStep<State> = {
    skip: () => ctx.fixedName !== undefined,
    async ask(s, step) {
      const match = ctx.layers.find((l) => l.name === suggested);
      const ordered = match ? [match, ...ctx.layers.filter((l) => l !== match)] : ctx.layers;
      const choice = await p.pick<NonNullable<State['nameChoice']>>(
        [
          {
            label: 'New layer…',
            description: `type a name (suggested: ${suggested})`,
            value: { kind: 'new' },
          },
          ...ordered.map((l) => ({
            label: l.name,
            description: [
              l.latest ? `v${l.latest.version}` : undefined,
              l === match ? 'same name as the folder' : undefined,
              l.latest?.compatibleRuntimes.join(', ') || undefined,
            ]
              .filter(Boolean)
              .join(' · '),
            detail: l.latest?.description,
            value: { kind: 'existing' as const, name: l.name },
            group: 'Publish a new version of',
          })),
        ],
        {
          title,
          step,
          placeholder: `Publish ${path.basename(ctx.folder)} as a new layer (type its name) or as a new version of an existing one`,
          typedItem: (typed) => {
            const name = typed.trim();
            if (name === '' || validateLayerName(name) || ctx.layers.some((l) => l.name === name))
              return undefined;
            return {
              label: `Create new layer '${name}'`,
              description: 'a new layer with this name',
              value: { kind: 'typed', name },
            };
          },
        },
      );
      return choice.kind === 'new'
        ? { ...s, nameChoice: choice }
        : withPrevious({ ...s, nameChoice: choice }, choice.name);
    },
  };
  const askNewName: WizardStep<State> = {
    skip: (s) => s.nameChoice !== undefined && s.nameChoice.kind !== 'new',
    async ask(s, step) {
      const name = await p.input({
        title,
        step,
        prompt: 'Name of the new layer (letters, digits, hyphens, underscores; up to 140)',
        value: s.layerName ?? suggested,
        validate: validateLayerName,
      });
      return withPrevious(s, name);
    },
  };
  const askLayout: WizardStep<State> = {
    async ask(s, step) {
      const first = LAYOUTS.find((o) => o.prefix === (s.prefix ?? detected.prefix)) ?? LAYOUTS[0]!;
      const prefix = await p.pick(
        [first, ...LAYOUTS.filter((o) => o !== first)].map((o) => ({
          label: o.label,
          description: o.prefix === detected.prefix ? `detected: ${detected.reason}` : undefined,
          detail:
            o.prefix === ''
              ? 'Files go to /opt as they are in the folder'
              : `Files go under /opt/${o.prefix}`,
          value: o.prefix,
        })),
        { title, step, placeholder: `Where files go in the layer (/opt). ${detected.reason}` },
      );
      return { ...s, prefix };
    },
  };
  const askRuntimes: WizardStep<State> = {
    async ask(s, step) {
      const all = runtimesForPicker();
      const families = new Set<string>(layerFamilies(ctx.scan.files, s.prefix));
      const preselect = new Set(
        s.compatibleRuntimes ??
          (s.previous?.compatibleRuntimes.length
            ? s.previous.compatibleRuntimes
            : all
                .filter((r) => r.info !== undefined && families.has(r.info.family) && r.status === 'current')
                .map((r) => r.info!.id)),
      );
      const runtimes = await p.pickMany(
        all
          .filter((r) => r.info)
          .map((r) => ({
            label: r.info!.id,
            description: r.status === 'current' ? r.info!.name : `${r.info!.name} · deprecated`,
            detail: r.note || undefined,
            picked: preselect.has(r.info!.id),
            value: r.info!.id,
            group: r.status === 'current' ? 'Current runtimes' : 'Deprecated runtimes',
          })),
        {
          title,
          step,
          placeholder: `Compatible runtimes (up to ${MAX_COMPATIBLE_RUNTIMES}; none = any runtime)`,
        },
      );
      if (runtimes.length > MAX_COMPATIBLE_RUNTIMES)
        throw new Error(
          `A layer version lists at most ${MAX_COMPATIBLE_RUNTIMES} compatible runtimes: ${runtimes.length}`,
        );
      return { ...s, compatibleRuntimes: runtimes };
    },
  };
  const askArchitectures: WizardStep<State> = {
    async ask(s, step) {
      const pre = new Set<Architecture>(
        s.compatibleArchitectures ??
          (s.previous?.compatibleArchitectures.length ? s.previous.compatibleArchitectures : ['x86_64']),
      );
      const compatibleArchitectures = await p.pickMany<Architecture>(
        [
          { label: 'x86_64', description: 'Intel/AMD', picked: pre.has('x86_64'), value: 'x86_64' },
          { label: 'arm64', description: 'Graviton', picked: pre.has('arm64'), value: 'arm64' },
        ],
        { title, step, placeholder: 'Compatible architectures (none = not specified)' },
      );
      return { ...s, compatibleArchitectures };
    },
  };
  const askDescription: WizardStep<State> = {
    async ask(s, step) {
      const description = await p.input({
        title,
        step,
        prompt: 'Description of this version (optional)',
        value: s.description ?? ctx.proposedDescription ?? s.previous?.description ?? '',
        validate: validateDescription,
      });
      return { ...s, description };
    },
  };
  const askLicense: WizardStep<State> = {
    async ask(s, step) {
      const lic = ctx.proposedLicense;
      const licenseInfo = await p.input({
        title,
        step,
        prompt: `License (optional; SPDX id, URL or text)${lic ? `: proposed from ${lic.reason}` : ''}`,
        value: s.licenseInfo ?? lic?.value ?? s.previous?.licenseInfo ?? '',
        validate: validateLicenseInfo,
      });
      return { ...s, licenseInfo };
    },
  };
  const confirm: WizardStep<State> = {
    async ask(s, step: StepPosition) {
      const rows = summaryRows(answersOf(s), ctx.scan, !s.previous);
      const choice = await p.pick<number | 'publish' | 'review'>(
        [
          {
            label: PUBLISH_ACTION,
            description: rows[0]!.label.replace(/^\$\([a-z-]+\) /, ''),
            value: 'publish',
          },
          ...reviewItem(s.previous),
          ...rows.map((r, i) => ({
            label: r.label,
            value: r.step,
            ...(i === 0 ? { group: 'Pick a line to change it' } : {}),
          })),
        ],
        {
          title,
          step,
          placeholder: `Publish ${path.basename(ctx.folder)}? (Back or pick a line to change an answer)`,
        },
      );
      if (choice === 'review') {
        await reviewChanges(deps, s.previous!.arn, ctx.folder, s.prefix ?? '', ctx.scan);
        return confirm.ask(s, step);
      }
      if (choice !== 'publish') throw new BackTo(choice);
      return { ...s, confirmed: true };
    },
  };
  return [askName, askNewName, askLayout, askRuntimes, askArchitectures, askDescription, askLicense, confirm];
}
