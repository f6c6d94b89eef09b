import {
  getNamedType,
  getOperationAST,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isUnionType,
  isWrappingType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
} from 'graphql';

/**
 * The cost of the introspection in an operation (`__schema`, `__type`), in the same units as the
 * rest: every field 1, a list's selection times the number of items it holds. The Pothos complexity
 * plugin prices a meta field at 1 and never looks inside it, so 30 aliased
 * `__schema { types { fields { args { type … } } } }` would cost 30 while returning a megabyte.
 *
 * Introspection lists have a known length, the schema's own: each list field multiplies by its
 * average length over every object that has it (`__Type.fields` by all fields / all types, and so
 * on), so a walk down `types { fields { args } }` prices exactly the schema's number of arguments,
 * what the answer holds. `__type(name:)` is priced as an average type, `ofType` by how often a
 * reference is wrapped.
 */
export function introspectionCost(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null) {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (operation?.operation !== 'query') return 0;
  const lengths = listLengths(schema);
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const schemaType = schema.getType('__Schema') as GraphQLObjectType;
  const typeType = schema.getType('__Type') as GraphQLObjectType;

  // Validation has refused fragment cycles before execution; the depth bound only guards the walk.
  const walk = (selectionSet: SelectionSetNode, type: GraphQLObjectType, depth: number): number => {
    if (depth > 64) return 0;
    let sum = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment) sum += walk(fragment.selectionSet, type, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        sum += walk(selection.selectionSet, type, depth + 1);
      } else {
        const field = type.getFields()[selection.name.value] as GraphQLField<unknown, unknown> | undefined;
        const named = field && getNamedType(field.type);
        if (!field || !selection.selectionSet || !isObjectType(named)) {
          sum += 1;
          continue;
        }
        const items = lengths.get(`${type.name}.${field.name}`) ?? 1;
        sum += 1 + items * walk(selection.selectionSet, named, depth + 1);
      }
    }
    return sum;
  };

  // Only the root carries `__schema` and `__type`; its other fields are priced by the complexity plugin.
  const root = (selectionSet: SelectionSetNode, depth: number): number => {
    let sum = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (fragment && depth < 64) sum += root(fragment.selectionSet, depth + 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (depth < 64) sum += root(selection.selectionSet, depth + 1);
      } else if (selection.selectionSet && selection.name.value === '__schema') {
        sum += walk(selection.selectionSet, schemaType, 0);
      } else if (selection.selectionSet && selection.name.value === '__type') {
        sum += walk(selection.selectionSet, typeType, 0);
      }
    }
    return sum;
  };
  return Math.ceil(root(operation.selectionSet, 0));
}

const lengthsBySchema = new WeakMap<GraphQLSchema, Map<string, number>>();

/** The average length of each introspection list field over the objects that have it, per schema. */
function listLengths(schema: GraphQLSchema): Map<string, number> {
  let lengths = lengthsBySchema.get(schema);
  if (lengths) return lengths;
  const types = Object.values(schema.getTypeMap());
  const directives = schema.getDirectives();
  let fields = 0;
  let fieldArgs = 0;
  let inputFields = 0;
  let enumValues = 0;
  let interfaces = 0;
  let possibleTypes = 0;
  // Type references (of fields, arguments, input fields) and the wrappers (non-null, list) around them.
  let references = 0;
  let wrappers = 0;
  const reference = (type: GraphQLType) => {
    references += 1;
    for (let t = type; isWrappingType(t); t = t.ofType) wrappers += 1;
  };
  for (const directive of directives) for (const arg of directive.args) reference(arg.type);
  for (const type of types) {
    if (isObjectType(type) || isInterfaceType(type)) {
      const own = Object.values(type.getFields());
      fields += own.length;
      for (const field of own) {
        reference(field.type);
        fieldArgs += field.args.length;
        for (const arg of field.args) reference(arg.type);
      }
      interfaces += type.getInterfaces().length;
    }
    if (isInterfaceType(type) || isUnionType(type)) possibleTypes += schema.getPossibleTypes(type).length;
    if (isInputObjectType(type)) {
      const own = Object.values(type.getFields());
      inputFields += own.length;
      for (const field of own) reference(field.type);
    }
    if (isEnumType(type)) enumValues += type.getValues().length;
  }
  const perType = (total: number) => total / Math.max(1, types.length);
  lengths = new Map([
    ['__Schema.types', types.length],
    ['__Schema.directives', directives.length],
    ['__Type.fields', perType(fields)],
    ['__Type.inputFields', perType(inputFields)],
    ['__Type.enumValues', perType(enumValues)],
    ['__Type.interfaces', perType(interfaces)],
    ['__Type.possibleTypes', perType(possibleTypes)],
    ['__Field.args', fieldArgs / Math.max(1, fields)],
    // A chain `ofType { ofType { … } }` holds w + 1 types for a reference with w wrappers: taken as a
    // chain that goes on with the share of its links that are wrappers.
    ['__Type.ofType', wrappers / Math.max(1, wrappers + references)],
    [
      '__Directive.args',
      directives.reduce((sum, directive) => sum + directive.args.length, 0) / Math.max(1, directives.length),
    ],
  ]);
  lengthsBySchema.set(schema, lengths);
  return lengths;
}
