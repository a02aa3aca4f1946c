using System.Reflection;
using System.Reflection.Emit;

namespace Netpicking.Tests.Analysis;

/// <summary>
/// The types a compiled type uses: its base type and interfaces, the types of its fields, properties, events and method
/// signatures and locals, and every type, method and field its code refers to (read from the IL), generic arguments
/// and element types included. What a source scan of <c>using</c> lines would miss — a fully qualified name, a type
/// reached through <c>var</c> — is here.
/// </summary>
public static class TypeReferences
{
    private const BindingFlags Everything =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    public static IReadOnlySet<Type> Of(Type type)
    {
        var found = new HashSet<Type>();
        void Add(Type? t)
        {
            if (t is null || !found.Add(t))
            {
                return;
            }

            if (t.HasElementType)
            {
                Add(t.GetElementType());
            }

            if (t.IsGenericType && !t.IsGenericTypeDefinition)
            {
                Add(t.GetGenericTypeDefinition());
                foreach (var argument in t.GetGenericArguments())
                {
                    Add(argument);
                }
            }
        }

        Add(type.BaseType);
        foreach (var i in type.GetInterfaces())
        {
            Add(i);
        }

        foreach (var field in type.GetFields(Everything))
        {
            Add(field.FieldType);
        }

        foreach (var property in type.GetProperties(Everything))
        {
            Add(property.PropertyType);
        }

        foreach (var e in type.GetEvents(Everything))
        {
            Add(e.EventHandlerType);
        }

        foreach (var method in type.GetMethods(Everything).Cast<MethodBase>().Concat(type.GetConstructors(Everything)))
        {
            if (method is MethodInfo info)
            {
                Add(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(parameter.ParameterType);
            }

            var body = method.GetMethodBody();
            if (body is null)
            {
                continue;
            }

            foreach (var local in body.LocalVariables)
            {
                Add(local.LocalType);
            }

            foreach (var member in Operands(method, body.GetILAsByteArray() ?? []))
            {
                switch (member)
                {
                    case Type t:
                        Add(t);
                        break;
                    case MethodBase m:
                        Add(m.DeclaringType);
                        if (m is MethodInfo mi)
                        {
                            Add(mi.ReturnType);
                        }

                        foreach (var p in m.GetParameters())
                        {
                            Add(p.ParameterType);
                        }

                        break;
                    case FieldInfo f:
                        Add(f.DeclaringType);
                        Add(f.FieldType);
                        break;
                }
            }
        }

        return found;
    }

    /// <summary>The members and types the method's IL names as operands (calls, field accesses, type tokens).</summary>
    private static IEnumerable<MemberInfo> Operands(MethodBase method, byte[] il)
    {
        var typeArguments = method.DeclaringType is { IsGenericType: true } declaring ? declaring.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            short value = il[at++];
            if (value == 0xFE)
            {
                value = unchecked((short)(0xFE00 | il[at++]));
            }

            var code = OpCodesByValue[value];
            switch (code.OperandType)
            {
                case OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineType or OperandType.InlineTok:
                    var token = BitConverter.ToInt32(il, at);
                    at += 4;
                    MemberInfo? member = null;
                    try
                    {
                        member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                    }
                    catch (ArgumentException)
                    {
                        // A token of a generic context this reader does not reconstruct; the signature checks still see its types.
                    }

                    if (member is not null)
                    {
                        yield return member;
                    }

                    break;
                case OperandType.InlineSwitch:
                    at += 4 + 4 * BitConverter.ToInt32(il, at);
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    at += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineSig or OperandType.InlineString or OperandType.ShortInlineR:
                    at += 4;
                    break;
                case OperandType.InlineVar:
                    at += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    at += 1;
                    break;
            }
        }
    }
}
