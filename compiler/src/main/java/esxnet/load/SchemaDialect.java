package esxnet.load;

import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.DialectId;
import com.networknt.schema.keyword.KeywordType;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.util.List;

/**
 * The dialect our schema is checked in: networknt's Draft 2020-12 (same IRI, keywords and vocabularies) without
 * its format implementations. networknt's own Draft 2020-12 dialect is built with every format it knows (dates,
 * e-mail and host names with their domain tables, IRIs, durations), and making them was a tenth of a one-host
 * validate; topology.schema.json uses no {@code format} keyword, and in 2020-12 the format vocabulary only
 * annotates. {@code SchemaTest} holds the keywords and vocabularies equal to networknt's dialect and the schema
 * free of {@code format}.
 */
final class SchemaDialect {
    /** The vocabularies networknt's Draft 2020-12 dialect declares (all required), as the 2020-12 meta-schema does. */
    static final List<String> VOCABULARIES = List.of(
            "https://json-schema.org/draft/2020-12/vocab/core",
            "https://json-schema.org/draft/2020-12/vocab/applicator",
            "https://json-schema.org/draft/2020-12/vocab/unevaluated",
            "https://json-schema.org/draft/2020-12/vocab/validation",
            "https://json-schema.org/draft/2020-12/vocab/meta-data",
            "https://json-schema.org/draft/2020-12/vocab/format-annotation",
            "https://json-schema.org/draft/2020-12/vocab/content");

    private SchemaDialect() {}

    static Dialect draft202012WithoutFormats() {
        Dialect.Builder b = Dialect.builder(DialectId.DRAFT_2020_12)
                .specificationVersion(SpecificationVersion.DRAFT_2020_12)
                .idKeyword("$id")
                .keywords(KeywordType.getKeywords(SpecificationVersion.DRAFT_2020_12))
                // networknt's dialect accepts draft-7's "definitions" as a keyword without validation too
                .keywords(List.of(new NonValidationKeyword("definitions")));
        for (String v : VOCABULARIES) b.vocabulary(v, true);
        return b.build();
    }
}
