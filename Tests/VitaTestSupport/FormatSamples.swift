/// Small records in each format, written for these tests from each format's public documentation
/// (DBLP's dblp.dtd and person pages, the OpenAlex, Semantic Scholar and ORCID v3.0 API references,
/// the CSL-JSON schema, the RIS specification, the arXiv API user manual). The same three papers
/// of one invented person, Ada Example, appear in several of them with different identifiers and
/// spellings, as they do across real sources.
public enum FormatSamples {
    /// A DBLP person page with two homonyms (`Manish Singh 0001`, `… 0002`) and a name with accents.
    public static let dblpHomonyms = """
    <?xml version="1.0" encoding="US-ASCII"?>
    <dblpperson name="Manish Singh 0001" pid="01/1234" n="3">
    <r><article key="journals/x/A1" mdate="2020-01-01"><author pid="01/1234" orcid="0000-0002-1825-0097">Manish Singh 0001</author><author pid="02/2">Ann Lee</author><title>One.</title><year>2019</year><journal>J</journal></article></r>
    <r><article key="journals/x/A2" mdate="2020-01-01"><author pid="01/1234">Manish Singh 0001</author><author pid="03/3">Manish Singh 0002</author><title>Two.</title><year>2021</year><journal>J</journal></article></r>
    <r><article key="journals/x/A3" mdate="2020-01-01"><author pid="01/1234">Manish Singh 0001</author><author pid="02/2">Ann Lee</author><author>Ánn Lée-Ortiz</author><title>Three.</title><year>2022</year><journal>J</journal></article></r>
    </dblpperson>
    """
    public static let dblpPerson = """
    <?xml version="1.0" encoding="US-ASCII"?>
    <dblpperson name="Ada Example 0001" pid="12/3456" n="3">
    <person key="homepages/12/3456" mdate="2026-01-01">
    <author pid="12/3456">Ada Example 0001</author>
    <note type="affiliation">University of Examples, Testville</note>
    <url>https://orcid.org/0000-0002-1825-0097</url>
    </person>
    <r><inproceedings key="conf/cvpr/ExampleC22" mdate="2022-07-01">
    <author pid="12/3456" orcid="0000-0002-1825-0097">Ada Example 0001</author>
    <author pid="98/7654">Bo Chen</author>
    <title>Quantized Attention for <i>Vision</i> Transformers.</title>
    <pages>1201-1210</pages>
    <year>2022</year>
    <booktitle>CVPR</booktitle>
    <ee>https://doi.org/10.1000/QA.2022</ee>
    <crossref>conf/cvpr/2022</crossref>
    <url>db/conf/cvpr/cvpr2022.html#ExampleC22</url>
    </inproceedings>
    </r>
    <r><article key="journals/corr/abs-2101-00001" mdate="2021-01-05" publtype="informal">
    <author pid="98/7654">Bo Chen</author>
    <author pid="12/3456" orcid="0000-0002-1825-0097">Ada Example 0001</author>
    <author pid="55/1111">Cy Y&ouml;ung</author>
    <title>Sparse Networks for Everyone.</title>
    <journal>CoRR</journal>
    <volume>abs/2101.00001</volume>
    <year>2021</year>
    <ee type="oa">https://arxiv.org/abs/2101.00001</ee>
    <url>db/journals/corr/corr2101.html#abs-2101-00001</url>
    </article>
    </r>
    <r><article key="journals/jml/Example20" mdate="2020-09-01">
    <author pid="12/3456" orcid="0000-0002-1825-0097">Ada Example 0001</author>
    <title>A Survey of Distillation.</title>
    <pages>1-40</pages>
    <year>2020</year>
    <volume>21</volume>
    <journal>J. Mach. Learn.</journal>
    <url>db/journals/jml/jml21.html#Example20</url>
    </article>
    </r>
    <coauthors n="2">
    <co c="0"><na f="c/Chen:Bo" pid="98/7654">Bo Chen</na></co>
    <co c="0"><na f="y/Y=ouml=ung:Cy" pid="55/1111">Cy Y&ouml;ung</na></co>
    </coauthors>
    </dblpperson>
    """

    public static let s2Author = """
    {"authorId": "1741101", "name": "Ada Example", "hIndex": 3, "citationCount": 362, "paperCount": 3,
     "papers": [
      {"paperId": "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "externalIds": {"DOI": "10.1000/qa.2022", "CorpusId": 11},
       "title": "Quantized attention for vision transformers", "venue": "Computer Vision and Pattern Recognition",
       "year": 2022, "publicationDate": "2022-06-19", "citationCount": 12, "influentialCitationCount": 2,
       "publicationTypes": ["Conference"],
       "authors": [{"authorId": "1741101", "name": "Ada Example"}, {"authorId": "2000001", "name": "B. Chen"}]},
      {"paperId": "b1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "externalIds": {"ArXiv": "2101.00001", "DBLP": "journals/corr/abs-2101-00001"},
       "title": "Sparse Networks for Everyone", "venue": "arXiv.org", "year": 2021, "citationCount": 50,
       "abstract": "We make sparse networks\\nfor everyone.",
       "authors": [{"authorId": "2000001", "name": "Bo Chen"}, {"authorId": "1741101", "name": "Ada Example"}, {"authorId": null, "name": "Cy Young"}]},
      {"paperId": "c1b2c3d4e5f60718293a4b5c6d7e8f9012345678", "externalIds": {"ArXiv": "2003.00002v3"},
       "title": "A survey of distillation", "venue": "Journal of Machine Learning", "year": 2020, "citationCount": 300,
       "journal": {"name": "Journal of Machine Learning", "volume": "21", "pages": "1-40"},
       "authors": [{"authorId": "1741101", "name": "Ada Example"}]}
     ]}
    """

    public static let openAlexList = """
    {"meta": {"count": 3, "page": 1, "per_page": 25},
     "results": [
      {"id": "https://openalex.org/W1000000001", "doi": "https://doi.org/10.1000/survey.2020",
       "title": "A Survey of Distillation", "display_name": "A Survey of Distillation",
       "publication_year": 2020, "publication_date": "2020-08-01", "type": "article",
       "ids": {"openalex": "https://openalex.org/W1000000001", "doi": "https://doi.org/10.1000/survey.2020"},
       "primary_location": {"source": {"display_name": "Journal of Machine Learning"}, "landing_page_url": "https://example.org/survey"},
       "authorships": [{"author_position": "first", "author": {"id": "https://openalex.org/A5000000001", "display_name": "Ada Example", "orcid": "https://orcid.org/0000-0002-1825-0097"},
                        "institutions": [{"display_name": "University of Examples"}], "raw_affiliation_string": "Univ. of Examples"}],
       "biblio": {"volume": "21", "issue": null, "first_page": "1", "last_page": "40"},
       "cited_by_count": 310, "updated_date": "2026-10-01T00:00:00",
       "counts_by_year": [{"year": 2026, "cited_by_count": 60}, {"year": 2025, "cited_by_count": 100}, {"year": 2024, "cited_by_count": 90}],
       "abstract_inverted_index": {"We": [0], "survey": [1], "distillation.": [2]}},
      {"id": "https://openalex.org/W1000000002", "doi": "https://doi.org/10.1000/QA.2022", "title": "Quantized Attention for Vision Transformers",
       "publication_year": 2022, "type": "article", "type_crossref": "proceedings-article",
       "authorships": [{"author_position": "first", "author": {"id": "https://openalex.org/A5000000001", "display_name": "Ada Example", "orcid": "https://orcid.org/0000-0002-1825-0097"}},
                       {"author_position": "last", "author": {"id": "https://openalex.org/A5000000002", "display_name": "Bo Chen", "orcid": null}}],
       "cited_by_count": 10, "updated_date": "2026-10-01T00:00:00", "counts_by_year": [{"year": 2025, "cited_by_count": 6}, {"year": 2024, "cited_by_count": 4}]},
      {"id": "https://openalex.org/W1000000003", "doi": null, "title": "Sparse networks for everyone",
       "publication_year": 2021, "type": "preprint", "ids": {"openalex": "https://openalex.org/W1000000003"},
       "authorships": [{"author_position": "first", "author": {"id": "https://openalex.org/A5000000002", "display_name": "Bo Chen"}},
                       {"author_position": "middle", "author": {"id": "https://openalex.org/A5000000001", "display_name": "Ada Example"}},
                       {"author_position": "last", "author": {"id": null, "display_name": "Cy Young"}}],
       "cited_by_count": 55, "updated_date": "2026-10-01T00:00:00"}
     ]}
    """

    public static let orcidWorks = """
    {"last-modified-date": {"value": 1700000000000}, "path": "/0000-0002-1825-0097/works",
     "group": [
      {"external-ids": {"external-id": []},
       "work-summary": [{"put-code": 111, "path": "/0000-0002-1825-0097/work/111",
         "title": {"title": {"value": "Quantized Attention for Vision Transformers"}, "subtitle": null},
         "external-ids": {"external-id": [{"external-id-type": "doi", "external-id-value": "10.1000/qa.2022", "external-id-relationship": "self"}]},
         "type": "conference-paper", "publication-date": {"year": {"value": "2022"}, "month": {"value": "06"}, "day": null},
         "journal-title": {"value": "CVPR"}}]},
      {"external-ids": {"external-id": []},
       "work-summary": [{"put-code": 112, "title": {"title": {"value": "An Unpublished Note"}},
         "type": "working-paper", "publication-date": {"year": {"value": "2023"}, "month": null, "day": null}}]}
     ]}
    """

    public static let cslJSON = """
    [
      {"id": "example2020survey", "type": "article-journal", "title": "A Survey of Distillation",
       "author": [{"family": "Example", "given": "Ada"}], "issued": {"date-parts": [[2020, 8]]},
       "container-title": "Journal of Machine Learning", "volume": "21", "page": "1–40", "DOI": "10.1000/survey.2020"},
      {"id": "who2019", "type": "report", "title": "Global Report",
       "author": [{"literal": "World Health Organization"}], "issued": {"date-parts": [["2019"]]}},
      {"id": "vanbeek", "type": "paper-conference", "title": "Particles",
       "author": [{"family": "Beek", "given": "Jan", "non-dropping-particle": "van"}], "issued": {"raw": "2018-05-02"}}
    ]
    """

    public static let ris = """
    TY  - JOUR
    AU  - Example, Ada
    AU  - Chen, Bo
    TI  - A Survey of
      Distillation
    PY  - 2020/08/01/
    JO  - Journal of Machine Learning
    VL  - 21
    SP  - 1
    EP  - 40
    DO  - 10.1000/survey.2020
    AB  - We survey distillation.
    KW  - distillation
    ER  - 

    TY  - CONF
    AU  - Chen, Bo
    T1  - Quantized Attention for Vision Transformers
    T2  - CVPR
    Y1  - 2022///
    UR  - https://doi.org/10.1000/qa.2022
    ER  -
    """

    /// Web of Science's tagged text, as its "Plain text file" export writes it (the shape of a
    /// real `savedrecs.txt`; the records are made up).
    public static let wos = """
    \u{FEFF}FN Clarivate Analytics Web of Science
    VR 1.0
    PT J
    AU Example, A
       Chen, B
    AF Example, Ada
       Chen, Bo
    CA Vision Study Grp
    TI A Survey of
       Distillation
    SO JOURNAL OF MACHINE LEARNING
    LA English
    DT Article
    AB Background
       We survey distillation.
    C1 [Example, Ada; Chen, Bo] Univ Examples, Dept Comp Sci, Testville, Utopia.
    OI Chen, Bo/0000-0002-1825-0097; Nobody, N/0000-0001-5109-3700
    TC 12
    Z9 13
    PD AUG 1
    PY 2020
    VL 21
    BP 1
    EP 40
    DI 10.1000/survey.2020
    UT WOS:000123456700001
    PM 31891577
    DA 2024-05-01
    ER

    PT J
    AU Chen, B
    AF Chen, Bo
    TI Quantized Attention for Vision Transformers
    SO PLOS ONE
    DT Article; Proceedings Paper
    PD DEC
    PY 2022
    AR e0207499
    ER

    EF
    """

    /// PubMed's MEDLINE text, as "Send to: Citation manager" writes it (the shape of a real
    /// `.nbib`; the records are made up).
    public static let medline = """

    PMID- 31891577
    OWN - NLM
    STAT- MEDLINE
    VI  - 21
    IP  - 4
    DP  - 2020 Aug 1
    TI  - A Survey of
          Distillation.
    PG  - 1-40
    LID - 10.1000/survey.2020 [doi]
    AB  - BACKGROUND: We survey distillation. METHODS: We read
          everything.
    FAU - Example, Ada
    AU  - Example A
    AD  - Univ Examples,
          Testville, Utopia.
    FAU - Chen, Bo
    AU  - Chen B
    AUID- ORCID: 0000-0002-1825-0097
    AD  - Univ Examples, Testville, Utopia.
    CN  - Vision Study Group
    LA  - eng
    PT  - Journal Article
    PT  - Review
    TA  - J Mach Learn
    JT  - Journal of machine learning
    PMC - PMC7000001
    SO  - J Mach Learn. 2020 Aug 1;21(4):1-40. doi: 10.1000/survey.2020.

    PMID- 35000002
    DP  - 2022 Dec
    TI  - Quantized attention for vision transformers.
    PG  - e0207499
    AID - 10.1000/qa.2022 [doi]
    AID - e0207499 [pii]
    FAU - Chen, Bo
    AU  - Chen B
    PT  - Preprint
    JT  - bioRxiv
    """

    public static let arxivAtom = """
    <?xml version="1.0" encoding="UTF-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
      <title type="html">ArXiv Query: search_query=au:Example</title>
      <entry>
        <id>http://arxiv.org/abs/2101.00001v2</id>
        <updated>2021-02-01T00:00:00Z</updated>
        <published>2021-01-04T18:00:00Z</published>
        <title>Sparse Networks
          for Everyone</title>
        <summary>  We make sparse networks for everyone.
    </summary>
        <author><name>Bo Chen</name><arxiv:affiliation>Example Labs</arxiv:affiliation></author>
        <author><name>Ada Example</name></author>
        <arxiv:doi>10.1000/sparse.2021</arxiv:doi>
        <link href="http://arxiv.org/abs/2101.00001v2" rel="alternate" type="text/html"/>
        <link title="pdf" href="http://arxiv.org/pdf/2101.00001v2" rel="related" type="application/pdf"/>
        <arxiv:primary_category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
        <category term="cs.LG" scheme="http://arxiv.org/schemas/atom"/>
      </entry>
      <entry>
        <id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.12345v2</id>
        <title>Error</title>
        <summary>incorrect id format for 1234.12345v2</summary>
      </entry>
    </feed>
    """

    /// As pandoc writes a bibliography's metadata (`pandoc refs.bib -s -t markdown`), with a
    /// Better BibTeX style date in the second item.
    public static let cslYAML = """
    ---
    references:
    - id: example2020survey
      type: article-journal
      title: "A Survey of Distillation: Part 1"   # quoted: the colon
      author:
      - family: Example
        given: Ada
      - family: Beek
        given: Jan
        non-dropping-particle: van
      issued:
        date-parts:
        - - 2020
          - 8
      container-title: Journal of Machine Learning
      page: 1-40
      DOI: 10.1000/survey.2020
      abstract: >
        We survey
        distillation.

    - id: who2019
      type: report
      title: 'Global Report on ''Things'''
      author: [{literal: World Health Organization}]
      issued:
      - year: 2019
        month: 3
    ...
    """
}
