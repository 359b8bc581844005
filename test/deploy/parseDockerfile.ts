/** One Dockerfile instruction, its continuation lines joined. */
export interface Instruction {
  keyword: string
  args: string
}

export interface Stage {
  /** The `AS` name, or the stage's index when it has none. */
  name: string
  /** The image or earlier stage it starts from, with global ARG defaults filled in. */
  base: string
  instructions: Instruction[]
}

const substitute = (text: string, args: Record<string, string>): string =>
  text.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, braced?: string, bare?: string) => {
    const name = braced ?? bare ?? ''
    return args[name] ?? whole
  })

/** Enough of Dockerfile syntax to check a build without a Docker engine: stages and instructions. */
export const parseDockerfile = (text: string): Stage[] => {
  const instructions: Instruction[] = []
  let pending = ''
  for (const line of text.split('\n')) {
    // Comment lines are dropped even inside a continued instruction, as Docker does.
    if (/^\s*#/.test(line)) continue
    pending += line.replace(/\\\s*$/, ' ')
    if (/\\\s*$/.test(line)) continue
    const joined = pending.trim()
    pending = ''
    if (joined === '') continue
    const [, keyword = '', args = ''] = /^(\S+)\s*(.*)$/.exec(joined) ?? []
    instructions.push({ keyword: keyword.toUpperCase(), args: args.replace(/\s+/g, ' ').trim() })
  }

  const globalArgs: Record<string, string> = {}
  const stages: Stage[] = []
  for (const instruction of instructions) {
    if (instruction.keyword === 'FROM') {
      const [image = '', as, name] = substitute(instruction.args, globalArgs)
        .split(' ')
        .filter((word) => !word.startsWith('--'))
      const stageName = as?.toUpperCase() === 'AS' && name ? name : String(stages.length)
      stages.push({ name: stageName, base: image, instructions: [] })
    } else if (stages.length === 0) {
      if (instruction.keyword === 'ARG') {
        const [name = '', value = ''] = instruction.args.split('=')
        globalArgs[name] = value
      }
    } else {
      stages[stages.length - 1]?.instructions.push(instruction)
    }
  }
  return stages
}

/** The `--name=value` flags that lead an instruction's arguments (COPY, HEALTHCHECK, …). */
export const leadingFlags = (args: string): { flags: Record<string, string>; rest: string } => {
  const flags: Record<string, string> = {}
  let rest = args
  let match: RegExpExecArray | null
  while ((match = /^--([\w-]+)=(\S+)\s*/.exec(rest))) {
    flags[match[1] ?? ''] = match[2] ?? ''
    rest = rest.slice(match[0].length)
  }
  return { flags, rest }
}

/** The variables a stage's ENV instructions set, its base stages' included. */
export const stageEnvironment = (stages: Stage[], stageName: string): Record<string, string> => {
  const stage = stages.find((candidate) => candidate.name === stageName)
  if (!stage) return {}
  const inherited = stageEnvironment(stages, stage.base)
  const own = stage.instructions
    .filter((instruction) => instruction.keyword === 'ENV')
    .flatMap((instruction) => [...instruction.args.matchAll(/([\w.]+)=("[^"]*"|\S+)/g)])
    .map((match) => [match[1] ?? '', (match[2] ?? '').replace(/^"|"$/g, '')])
  return { ...inherited, ...Object.fromEntries(own) }
}

/** An exec-form command (`["node", "x.js"]`) as its words; a shell-form one as one string. */
export const commandWords = (args: string): string[] =>
  args.trim().startsWith('[') ? (JSON.parse(args) as string[]) : [args]
