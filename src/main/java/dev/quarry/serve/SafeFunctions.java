package dev.quarry.serve;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.Rewrite;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrConcat;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.nodevalue.XSDFuncOp;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * REGEX, REPLACE and CONCAT as a server can offer them to anyone: a regular expression stops when
 * its query is cancelled (a backtracking pattern otherwise runs on past any timeout, as Java's
 * matcher never looks up), and no string grows past {@link #MAX_STRING} characters (eight nested
 * REPLACEs otherwise fill the heap). Installed as a step before ARQ's own optimizer.
 */
final class SafeFunctions {
  /** The longest string REPLACE or CONCAT may make: 16 M characters. */
  static final int MAX_STRING = 16 * 1024 * 1024;

  private SafeFunctions() {}

  /** Has every query run in {@code context} use the safe functions. */
  static void install(Context context) {
    RewriteFactory standard = Optimize.stdOptimizationFactory;
    context.set(ARQConstants.sysOptimizerFactory, (RewriteFactory) ctx -> {
      Rewrite inner = standard.create(ctx);
      return op -> inner.rewrite(safe(op));
    });
  }

  static Op safe(Op op) {
    return Transformer.transform(new TransformCopy(), new ExprTransformCopy() {
      @Override
      public Expr transform(ExprFunctionN func, ExprList args) {
        if (func instanceof E_Regex) {
          return new Regex(args);
        }
        if (func instanceof E_StrReplace) {
          return new Replace(args);
        }
        if (func instanceof E_StrConcat) {
          return new Concat(args);
        }
        return super.transform(func, args);
      }
    }, op);
  }

  /** A function that needs its execution's cancel signal. */
  private abstract static class Watched extends ExprFunctionN {
    Watched(String name, ExprList args) {
      super(name, args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
      AtomicBoolean cancel = env instanceof ExecutionContext ec ? ec.getCancelSignal() : null;
      return eval(args, cancel == null ? new AtomicBoolean() : cancel);
    }

    abstract NodeValue eval(List<NodeValue> args, AtomicBoolean cancel);

    @Override
    public NodeValue eval(List<NodeValue> args) {
      return eval(args, new AtomicBoolean());
    }
  }

  private static final class Regex extends Watched {
    Regex(ExprList args) {
      super("regex", args);
    }

    @Override
    NodeValue eval(List<NodeValue> args, AtomicBoolean cancel) {
      Pattern p = pattern(args.get(1), args.size() > 2 ? args.get(2) : null);
      return NodeValue.makeBoolean(p.matcher(new CancellableText(text(args.get(0)), cancel))
          .find());
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new Regex(newArgs);
    }
  }

  private static final class Replace extends Watched {
    Replace(ExprList args) {
      super("replace", args);
    }

    @Override
    NodeValue eval(List<NodeValue> args, AtomicBoolean cancel) {
      NodeValue in = args.get(0);
      Pattern p = pattern(args.get(1), args.size() > 3 ? args.get(3) : null);
      if (p.matcher("").matches()) {
        throw new ExprEvalException("REPLACE: the pattern matches the empty string");
      }
      Matcher m = p.matcher(new CancellableText(text(in), cancel));
      StringBuilder out = new StringBuilder();
      String replacement = args.get(2).getString();
      while (m.find()) {
        m.appendReplacement(out, replacement);
        tooLong(out.length());
      }
      m.appendTail(out);
      tooLong(out.length());
      String lang = in.asNode().getLiteralLanguage();
      return lang.isEmpty() ? NodeValue.makeString(out.toString())
          : NodeValue.makeLangString(out.toString(), lang);
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new Replace(newArgs);
    }
  }

  private static final class Concat extends ExprFunctionN {
    Concat(ExprList args) {
      super("concat", args);
    }

    @Override
    public NodeValue eval(List<NodeValue> args) {
      long length = 0;
      for (NodeValue a : args) {
        length += a.isLiteral() ? a.asNode().getLiteralLexicalForm().length() : 0;
      }
      tooLong(length);
      return XSDFuncOp.strConcat(args);
    }

    @Override
    public Expr copy(ExprList newArgs) {
      return new Concat(newArgs);
    }
  }

  private static void tooLong(long length) {
    if (length > MAX_STRING) {
      throw new QueryExecException("the query makes a string of more than " + MAX_STRING
          + " characters; a server stops there");
    }
  }

  private static String text(NodeValue v) {
    if (!v.isLiteral() || !(v.isString() || v.isLangString())) {
      throw new ExprEvalException("not a string: " + v);
    }
    return v.asNode().getLiteralLexicalForm();
  }

  /** A pattern with SPARQL's flags: i, s, m, x and q. */
  private static Pattern pattern(NodeValue pattern, NodeValue flags) {
    int f = 0;
    for (char c : (flags == null ? "" : flags.getString()).toCharArray()) {
      f |= switch (c) {
        case 'i' -> Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        case 's' -> Pattern.DOTALL;
        case 'm' -> Pattern.MULTILINE;
        case 'x' -> Pattern.COMMENTS;
        case 'q' -> Pattern.LITERAL;
        default -> throw new ExprEvalException("unknown regular expression flag '" + c + "'");
      };
    }
    try {
      return Pattern.compile(pattern.getString(), f);
    } catch (PatternSyntaxException e) {
      throw new ExprEvalException("bad regular expression: " + e.getDescription());
    }
  }

  /** Text that a matcher reads through, which stops it once the query is cancelled. */
  private static final class CancellableText implements CharSequence {
    private final String text;
    private final AtomicBoolean cancel;
    private int reads;

    CancellableText(String text, AtomicBoolean cancel) {
      this.text = text;
      this.cancel = cancel;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0x3FF) == 0 && cancel.get()) {
        throw new QueryCancelledException();
      }
      return text.charAt(index);
    }

    @Override
    public int length() {
      return text.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new CancellableText(text.substring(start, end), cancel);
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
