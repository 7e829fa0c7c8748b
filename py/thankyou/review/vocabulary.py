"""Words of the trades that general dictionaries lack: never reported as typos.

Hunspell's English and Indonesian lists are general-purpose: they lack the tools, jargon and
loanwords that job seekers write about ("cron", "repo", "backlog", "rekonsiliasi"). A typo
finding on such a word is a false alarm on a correct draft, which costs more trust than a missed
typo, so these words are accepted as they are. The list is data, grouped by field; a word
belongs here when it is correct, common in job talk, and at least one of the lists lacks it.
Lower case, one word each (hyphenated words as written).
"""

from __future__ import annotations

_FIELDS = {
    "software": """
        cron cronjob cronjobs crontab repo repos monorepo config configs localhost hotfix hotfixes bugfix bugfixes
        refactor refactoring refactored codebase codebases backend backends frontend frontends fullstack devops
        devsecops mlops gitops sre microservice microservices serverless middleware namespace namespaces
        kubernetes k8s docker dockerfile containerized containerization helm terraform ansible jenkins nginx apache
        postgres postgresql mysql mongodb redis elasticsearch kibana grafana prometheus datadog sentry
        kafka rabbitmq airflow dbt spark pyspark hadoop hive presto trino snowflake databricks bigquery redshift
        golang rust kotlin swiftui flutter reactjs nextjs nodejs vue vuejs angular django flask fastapi laravel
        springboot graphql grpc restful webhook webhooks websocket websockets oauth sso jwt api apis sdk sdks
        endpoint endpoints runtime runtimes changelog linter linting lint unittest pytest jest cypress selenium
        playwright ci cd cicd pipeline pipelines deploy deploys deployed deployment deployments rollback rollbacks
        uptime downtime latency failover autoscaling loadbalancer caching cached timestamp timestamps
        username usernames login logins logout signup dataset datasets dataframe dataframes schema schemas
        backlog backlogs scrum kanban sprint sprints standup standups retro retros jira confluence trello asana
        notion slack figma sketch miro wireframe wireframes wireframing mockup mockups prototyping usability
        onboarding offboarding dashboard dashboards frontend analytics chatbot chatbots llm llms genai
        cdn vpc iam saml ldap okta superset jaeger fastly cloudflare opentelemetry otel pagerduty opsgenie jitter jittered
        """,
    # Office, design and engineering software job seekers name as skills.
    "office": """
        excel powerpoint outlook sharepoint onedrive photoshop illustrator lightroom indesign coreldraw autocad
        sketchup revit solidworks archicad spss stata matlab myob zahir
        """,
    "data": """
        etl elt dataops datamart datamarts data-driven metadata dashboarding looker tableau powerbi metabase
        pandas numpy scikit-learn sklearn tensorflow pytorch jupyter notebook notebooks regression cohort cohorts
        a/b churn upsell upselling cross-sell funnel funnels kpi kpis okr okrs benchmark benchmarking
        """,
    "business": """
        stakeholder stakeholders roadmap roadmaps headcount payroll reimbursement outsourcing outsource
        procurement vendor vendors onboard offboard upskilling reskilling skillset skillsets workflow workflows
        fintech edtech healthtech agritech proptech insurtech startup startups unicorn b2b b2c b2g saas paas iaas
        e-commerce ecommerce marketplace omnichannel go-to-market gtm crm erp sap netsuite quickbooks xero
        invoice invoices invoicing accrual accruals ledger ledgers reconciliation audit auditing auditor
        copywriting copywriter seo sem ppc cpc ctr roas adwords retargeting influencer influencers endorsement
        livestream livestreaming live-streaming dropship dropshipping affiliate affiliates tiktok instagram linkedin
        whatsapp youtube shopee tokopedia lazada gojek grab traveloka bukalapak blibli tokped gofood grabfood
        shopeepay gopay ovo canva capcut gdrive gmeet gmail wfh wfo wfa
        webinar webinars teleconference internship internships intern interns freelance freelancer freelancers
        remote hybrid onsite on-site offline online shift shifts hrd hrbp hris ats
        """,
    # English words of the kitchen, the bar, the hotel and the coffee trade that the en_US list lacks: a roastery
    # is where beans are roasted, not a slip of "roaster"; a commis is a junior cook.
    "hospitality": """
        roastery roasteries patissier patissiers patisserie sommelier sommeliers commis gastropub gastropubs
        mixologist mixologists mixology arabica robusta matcha kombucha pourover viennoiserie homestay homestays
        glamping degustasi higienitas haccp
        """,
    # English job titles and fields of care, media, land and energy work that the en_US list lacks.
    "trades": """
        sonographer sonographers phlebotomist phlebotomists phlebotomy transcriptionist transcriptionists videography
        videographer videographers floristry dietician dieticians esthetician aesthetician aestheticians telehealth
        telemedicine geospatial geomatics telematics silviculture agroforestry agritourism mariculture cobot cobots
        franchisor franchisors elearning e-learning lms adtech martech regtech neobank neobanks agrotech cleantech
        legaltech foodtech copyeditor copyediting subtitler subtitling hydropower microgrid microgrids renewables
        decarbonisation decarbonization esg upcycling compostable petrophysics petrophysicist biopharma
        capex opex forex gamification esports subsea putaway poka-yoke
        """,
    "indonesian": """
        rekonsiliasi pembukuan akuntansi perpajakan faktur e-faktur efaktur bupot coretax djp spt npwp bpjs bpjstk ojk
        ppn pph pph21 qris
        e-wallet ewallet paylater opname stock-opname gudang logistik trafik hidrolik bekisting
        fasa
        deployment dashboard insight insights feedback follow-up followup meeting briefing review
        """,
    # Health care: words of the ward and the lab, in their Indonesian spelling, that both lists lack ("poli": a
    # hospital's outpatient clinic, "setiap poli", KBBI's short form of "poliklinik").
    "health": """
        hemodinamik hemodynamic intubasi resusitasi triase farmakovigilans preklinik epidemiolog
        poli ortodonti endodonti periodonti prostodonti
        """,
    # Indonesian dishes, ingredients and everyday culture that cooks, F&B and hotel staff (and anyone recalling
    # a lunch with the team) name, which the id_ID list lacks: "sambal matah", "sayur asem", "base genep".
    # Each checked against both built lists (``site_build.wordlists``) before it was added: only the missing.
    "food_culture": """
        matah asem genep geprek plecing taliwang urab lawar jinggo tengkleng gejrot beulangong dabu siomay
        risoles nastar kastengel onde surabi gethuk klanting lupis bakcang fuyunghai yamin boba temulawak
        warkop warmindo burjo wedangan sambel kripik royong pemagangan pallubasa konro
        """,
    # Courtesies of the regional languages that open and close many chats ("Sugeng sonten", "Matur nuwun",
    # "Hatur nuhun", "Horas", "Om Swastiastu"), forms of address, dress and feasts, as the lists lack them.
    "regional": """
        sugeng enjing sonten ndalu nyuwun nuwun nggih monggo punten hatur nuhun sampurasun wilujeng mauliate
        sanget swastiastu shanti namo buddhaya bli koko ncik blangkon slametan nyadran ogoh ogoh-ogoh vihara kyai ngaji
        """,
    # Indonesian abbreviations of everyday prose (EYD: "dsb.", "dkk.") that the id_ID list lacks.
    "abbreviations": """
        dsb dkk dll yth
        """,
    # Greetings and formulas of Arabic origin that open and close many Indonesian letters, in the
    # spellings readers use (the apostrophe forms are handled by ``spelling.known``).
    "salutations": """
        assalamualaikum assalamu'alaikum wassalamualaikum wassalamu'alaikum waalaikumsalam wa'alaikumsalam
        warahmatullahi warahmatullah wabarakatuh wabarakaatuh insyaallah insya allah alhamdulillah
        bismillah aamiin amin barakallah masyaallah syukron jazakallah
        """,
}

# Indonesian places job seekers name (cities, provinces, the districts and industrial towns of Greater Jakarta,
# Bali's resort towns), as they are written: a place in small letters ("di cikarang") wants its capital (EYD),
# and is never a typo of some other word ("cikarang": "cikalang"). Left out: places whose name is also an
# everyday word ("malang", "medan", "padang", "batu", "solo", "kisaran", "kuningan", "pasar minggu").
PLACE_NAMES = tuple(
    """
    Jakarta Bandung Surabaya Semarang Yogyakarta Jogja Jogjakarta Makassar Palembang Denpasar Balikpapan Samarinda
    Pontianak Banjarmasin Manado Pekanbaru Batam Bekasi Depok Bogor Tangerang Cikarang Karawang Cibubur Cileungsi
    Cibinong Serpong Bintaro Cikupa Cilegon Sukabumi Cianjur Cirebon Tasikmalaya Garut Purwakarta Sumedang
    Indramayu Pekalongan Purwokerto Cilacap Magelang Salatiga Surakarta Klaten Boyolali Sragen Jepara Blora
    Madiun Kediri Blitar Pasuruan Probolinggo Jember Banyuwangi Sidoarjo Gresik Mojokerto Jombang Lamongan
    Bojonegoro Ngawi Ponorogo Bangkalan Sumenep Mataram Kupang Ternate Jayapura Manokwari Merauke Timika Kendari
    Gorontalo Mamuju Parepare Tarakan Bontang Palangkaraya Sampit Jambi Bengkulu Lampung Bandarlampung
    Pangkalpinang Tanjungpinang Dumai Lhokseumawe Aceh Sibolga Pematangsiantar Siantar Binjai Bukittinggi
    Payakumbuh Padangsidimpuan Rantauprapat Kalimantan Sumatera Sulawesi Papua Maluku Banten Ubud Seminyak Sanur
    Menteng Sudirman Thamrin Senayan Kebayoran Cilandak Sunter Cakung Pulogadung Cililitan Kalibata Condet
    Ciracas Cipayung Ciputat Pamulang Jatinegara Pulomas Pejaten Setiabudi Slipi Grogol Cengkareng Kalideres
    Meruya Kemayoran Mampang Klender Rawamangun Cikini Salemba Pluit Tebet Glodok Ancol
    """.split()
)

TRADE_WORDS = frozenset(word for words in _FIELDS.values() for word in words.split()) | {place.lower() for place in PLACE_NAMES}

# Tools, platforms and companies job seekers name, as their makers write them: a capitalised word one slip
# from one of these ("Exel", "Gogle", "Figmaa", "Phyton") is that name mistyped, however short. Names of
# five letters or more only: shorter ones ("Jira", "Zoom", "Grab") are a slip away from too many names.
BRAND_NAMES = tuple(
    """
    Excel PowerPoint Outlook SharePoint OneDrive Microsoft Google Gmail YouTube Figma Canva Photoshop Illustrator
    InDesign Lightroom CorelDRAW AutoCAD SketchUp SolidWorks Python Tableau Looker Notion Trello Slack Confluence
    Kotlin Flutter Docker Kubernetes Jenkins GitHub GitLab BigQuery Snowflake Salesforce HubSpot Mailchimp Shopify
    Instagram LinkedIn TikTok WhatsApp Facebook Twitter Telegram Shopee Tokopedia Lazada Bukalapak Traveloka Gojek
    Blibli Oracle Postman Airflow Metabase Databricks Android JavaScript TypeScript MySQL PostgreSQL MongoDB
    Accurate Jurnal Mekari Talenta Zahir CapCut
    """.split()
)

# Given names whose bearer is, in Indonesia, nearly always a man or nearly always a woman, and which are rarely a
# family name ("Santoso", "Wijaya", "Gunawan" are, and "Dian", "Nur", "Sri", "Rizki" go with either: left out).
# A form of address for the other ("Mrs. Budi", "Bapak Siti") is then worth a second look.
MEN_NAMES = frozenset(
    """
    budi joko bambang agus slamet eko teguh dedi rudi bayu dimas ahmad muhammad mohammad yusuf andreas michael david
    kevin daniel hendrik yohanes antonius fransiskus bagus gilang fajar rizal arif taufik hasan yoga rangga doni toni
    andre stefanus sugeng sutrisno hendra wahyudi heru bima arya
    """.split()
)
WOMEN_NAMES = frozenset(
    """
    siti dewi ratna rina wulan putri intan fitri kartini maria sarah linda anisa annisa nabila aisyah nurul ayu indah
    yuliana sinta shinta maya mega melati citra kartika ratih endang retno sekar laras diah susi yanti lina
    """.split()
)
