package io.openecma.powershell.types.ets;

import io.openecma.powershell.runtime.ExecutionContext;
import io.openecma.powershell.runtime.ScriptBlock;
import io.openecma.powershell.parser.ParseException;
import io.openecma.powershell.parser.Parser;
import io.openecma.powershell.types.PSType;

import javax.xml.stream.XMLStreamException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a types.ps1xml file into {@link TypeData} the way TypesPs1xmlReader (TypeTable.cs) checks
 * it: each node may hold only the nodes it allows; an unknown node is an error ("The node X is not
 * allowed. The following nodes are allowed: ...") and is skipped, the rest of the file still loads.
 * Messages carry TypesXmlStrings' words with the file and line.
 */
final class TypesFileReader {
    private static final String TYPE_NODES = "Name,Members,TypeConverter,TypeAdapter";
    private static final String MEMBER_NODES = "NoteProperty,AliasProperty,ScriptProperty,CodeProperty,ScriptMethod,CodeMethod,PropertySet,MemberSet";

    private final Path file;
    private final List<String> errors;

    private TypesFileReader(Path file, List<String> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** The types the file defines; problems are added to {@code errors}. */
    static List<TypeData> read(Path file, List<String> errors) {
        return new TypesFileReader(file, errors).read();
    }

    private List<TypeData> read() {
        List<TypeData> out = new ArrayList<>();
        XmlElementTree root;
        try {
            root = XmlElementTree.read(file);
        } catch (IOException | XMLStreamException e) {
            // TypesXmlStrings.Exception
            errors.add(file + ", " + file + " : Exception: " + e.getMessage());
            return out;
        }
        if (root == null || !root.name().equals("Types")) {
            error(root == null ? 0 : root.line(), "The node " + (root == null ? "" : root.name())
                    + " is not allowed. The following nodes are allowed: Types.");
            return out;
        }
        for (XmlElementTree t : root.children()) {
            if (!t.name().equals("Type")) {
                unknown(t, "Type");
                continue;
            }
            TypeData data = readType(t);
            if (data != null) {
                out.add(data);
            }
        }
        return out;
    }

    private TypeData readType(XmlElementTree t) {
        XmlElementTree nameNode = t.child("Name");
        if (nameNode == null || nameNode.value().isEmpty()) {
            // TypesXmlStrings.NodeNotFoundOnce
            error(t.line(), "Node \"Name\" was not found. It should occur only once under \"Type\". The parent node, \"Type\", will be ignored.");
            return null;
        }
        TypeData data = new TypeData(nameNode.value());
        for (XmlElementTree c : t.children()) {
            switch (c.name()) {
                case "Name" -> { }
                case "Members" -> readMembers(data, c);
                case "TypeConverter" -> data.setTypeConverter(typeOf(data, c));
                case "TypeAdapter" -> data.setTypeAdapter(typeOf(data, c));
                default -> unknown(c, TYPE_NODES);
            }
        }
        return data;
    }

    private void readMembers(TypeData data, XmlElementTree members) {
        for (XmlElementTree m : members.children()) {
            if (!Arrays.asList(MEMBER_NODES.split(",")).contains(m.name())) {
                unknown(m, MEMBER_NODES);
                continue;
            }
            if (m.name().equals("MemberSet") && "PSStandardMembers".equalsIgnoreCase(text(m, "Name"))) {
                XmlElementTree inner = m.child("Members");
                if (inner != null) {
                    TypeData standard = new TypeData(data.getTypeName());
                    readMembers(standard, inner);
                    for (TypeMemberData s : standard.memberList()) {
                        try {
                            add(data, StandardMembers.normalize(s), true, m);
                        } catch (IllegalArgumentException e) {
                            typeError(data, m.line(), e.getMessage());
                        }
                    }
                }
                continue;
            }
            TypeMemberData member = member(data, m);
            if (member != null) {
                add(data, member, false, m);
            }
        }
    }

    private void add(TypeData data, TypeMemberData member, boolean standard, XmlElementTree at) {
        if (member == null) {
            return;
        }
        boolean added = standard ? data.putStandardMember(member, false) : data.putMember(member, false);
        if (!added) {
            typeError(data, at.line(), "The member " + member.getName() + " is already present.");
        }
    }

    private TypeMemberData member(TypeData data, XmlElementTree m) {
        String name = text(m, "Name");
        if (name == null) {
            error(m.line(), "Node \"Name\" was not found. It should occur only once under \"" + m.name()
                    + "\". The parent node, \"" + m.name() + "\", will be ignored.");
            return null;
        }
        return switch (m.name()) {
            case "NoteProperty" -> new TypeMemberData.NoteProperty(name, noteValue(m));
            case "AliasProperty" -> new TypeMemberData.AliasProperty(name, text(m, "ReferencedMemberName"),
                    m.child("TypeName") == null ? null : resolve(text(m, "TypeName")));
            case "ScriptProperty" -> {
                ScriptBlock get = script(data, m.child("GetScriptBlock"));
                ScriptBlock set = script(data, m.child("SetScriptBlock"));
                if (get == null && set == null) {
                    typeError(data, m.line(), "The ScriptProperty should have a getter or setter.");
                    yield null;
                }
                yield new TypeMemberData.ScriptProperty(name, get, set);
            }
            case "ScriptMethod" -> new TypeMemberData.ScriptMethod(name, script(data, m.child("Script")));
            case "PropertySet" -> {
                List<String> refs = new ArrayList<>();
                XmlElementTree r = m.child("ReferencedProperties");
                if (r != null) {
                    r.children().stream().filter(c -> c.name().equals("Name")).forEach(c -> refs.add(c.value()));
                }
                yield new TypeMemberData.PropertySet(name, List.copyOf(refs));
            }
            default -> {
                // CodeProperty, CodeMethod and other MemberSets reference compiled .NET code the engine does not host.
                typeError(data, m.line(), "The member " + name + " of kind " + m.name() + " is not supported by this engine.");
                yield null;
            }
        };
    }

    private Object noteValue(XmlElementTree m) {
        String value = text(m, "Value");
        String typeName = text(m, "TypeName");
        if (typeName == null || value == null) {
            return value;
        }
        PSType type = resolve(typeName);
        return type == null ? value : type.convert(value);
    }

    private PSType typeOf(TypeData data, XmlElementTree node) {
        String name = text(node, "TypeName");
        PSType type = name == null ? null : resolve(name);
        if (type == null) {
            typeError(data, node.line(), "The type \"" + name + "\" was not found. The type name value must be the full name "
                    + "of the type. Verify the type name and run the command again.");
        }
        return type;
    }

    private ScriptBlock script(TypeData data, XmlElementTree node) {
        if (node == null) {
            return null;
        }
        try {
            return new ScriptBlock(Parser.parseScript(file.toString(), node.text().toString()), null);
        } catch (ParseException e) {
            typeError(data, node.line(), "Exception: " + e.getMessage());
            return null;
        }
    }

    static PSType resolve(String name) {
        try {
            return ExecutionContext.current().types().resolve(io.openecma.powershell.parser.TypeNames.parse(name, null));
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(XmlElementTree parent, String child) {
        XmlElementTree c = parent.child(child);
        return c == null ? null : c.value();
    }

    private void unknown(XmlElementTree node, String allowed) {
        error(node.line(), "The node " + node.name() + " is not allowed. The following nodes are allowed: " + allowed + ".");
    }

    /** TypesXmlStrings.FileLineError: "{0}, {1}({2}) : Error: {3}" (the file stands for the snap-in name too). */
    private void error(int line, String message) {
        errors.add(file + ", " + file + "(" + line + ") : Error: " + message);
    }

    /** TypesXmlStrings.FileLineTypeError. */
    private void typeError(TypeData data, int line, String message) {
        errors.add(file + ", " + file + "(" + line + ") : Error in type \"" + data.getTypeName() + "\": " + message);
    }
}
