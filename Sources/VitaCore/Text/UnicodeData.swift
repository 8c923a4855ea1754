// Made by the test `UnicodeDataTests` from Foundation's answers for each character; not
// written by hand. `VITA_RECORD_UNICODE=1 swift test --filter UnicodeDataTests` writes it again.

/// Tables of characters outside ASCII, read by `UnicodeText`: lines of a first character (in
/// hexadecimal) and the values of it and those after it, each after a tab.
enum UnicodeData {
    /// Each character folded for matching, where that is not itself.
    static let fold = """
A0	\u{20}
A8	\u{20}\u{308}
AA	a
AF	\u{20}\u{304}
B2	2	3	\u{20}\u{301}	μ
B8	\u{20}\u{327}	1	o
BC	1⁄4	1⁄2	3⁄4
C0	a	a	a	a	a	a	æ	c	e	e	e	e	i	i	i	i	ð	n	o	o	o	o	o
D8	ø	u	u	u	u	y	þ	ss	a	a	a	a	a	a
E7	c	e	e	e	e	i	i	i	i
F1	n	o	o	o	o	o
F9	u	u	u	u	y
FF	y	a	a	a	a	a	a	c	c	c	c	c	c	c	c	d	d	đ
112	e	e	e	e	e	e	e	e	e	e	g	g	g	g	g	g	g	g	h	h	ħ
128	i	i	i	i	i	i	i	i	i
132	ij	ij	j	j	k	k
139	l	l	l	l	l	l	l·	l·	ł
143	n	n	n	n	n	n	ʼn	ŋ
14C	o	o	o	o	o	o	œ
154	r	r	r	r	r	r	s	s	s	s	s	s	s	s	t	t	t	t	ŧ
168	u	u	u	u	u	u	u	u	u	u	u	u	w	w	y	y	y	z	z	z	z	z	z	s
181	ɓ	ƃ
184	ƅ
186	ɔ	ƈ
189	ɖ	ɗ	ƌ
18E	ǝ	ə	ɛ	ƒ
193	ɠ	ɣ
196	ɩ	ɨ	ƙ
19C	ɯ	ɲ
19F	ɵ	o	o	ƣ
1A4	ƥ
1A6	ʀ	ƨ
1A9	ʃ
1AC	ƭ
1AE	ʈ	u	u	ʊ	ʋ	ƴ
1B5	ƶ
1B7	ʒ	ƹ
1BC	ƽ
1C4	dž	dž	dž	lj	lj	lj	nj	nj	nj	a	a	i	i	o	o	u	u	u	u	u	u	u	u	u	u
1DE	a	a	a	a	æ	æ	ǥ
1E6	g	g	k	k	o	o	o	o	ʒ	ʒ	j	dz	dz	dz	g	g	ƕ	ƿ	n	n	a	a	æ	æ	ø	ø	a	a	a	a	e	e	e	e	i	i	i	i	o	o	o	o	r	r	r	r	u	u	u	u	s	s	t	t	ȝ
21E	h	h	ƞ
222	ȣ
224	ȥ
226	a	a	e	e	o	o	o	o	o	o	o	o	y	y
23A	ⱥ	ȼ
23D	ƚ	ⱦ
241	ɂ
243	ƀ	ʉ	ʌ	ɇ
248	ɉ
24A	ɋ
24C	ɍ
24E	ɏ
2B0	h	ɦ	j	r	ɹ	ɻ	ʁ	w	y
2D8	\u{20}\u{306}	\u{20}\u{307}	\u{20}\u{30A}	\u{20}\u{328}	\u{20}\u{303}	\u{20}\u{30B}
2E0	ɣ	l	s	x	ʕ
344	\u{308}	ι
370	ͱ
372	ͳ
376	ͷ
37A	\u{20}\u{345}
37F	ϳ
384	\u{20}\u{301}	\u{20}\u{308}	α
388	ε	η	ι
38C	ο
38E	υ	ω	ι	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ
3A3	σ	τ	υ	φ	χ	ψ	ω	ι	υ	α	ε	η	ι	υ
3C2	σ
3CA	ι	υ	ο	υ	ω	ϗ	β	θ	υ	υ	υ	φ	π
3D8	ϙ
3DA	ϛ
3DC	ϝ
3DE	ϟ
3E0	ϡ
3E2	ϣ
3E4	ϥ
3E6	ϧ
3E8	ϩ
3EA	ϫ
3EC	ϭ
3EE	ϯ
3F0	κ	ρ	ς
3F4	θ	ε
3F7	ϸ
3F9	ς	ϻ
3FD	ͻ	ͼ	ͽ	е	е	ђ	г	є	ѕ	і	і	ј	љ	њ	ћ	к	и	у	џ	а	б	в	г	д	е	ж	з	и	и	к	л	м	н	о	п	р	с	т	у	ф	х	ц	ч	ш	щ	ъ	ы	ь	э	ю	я
439	и
450	е	е
453	г
457	і
45C	к	и	у
460	ѡ
462	ѣ
464	ѥ
466	ѧ
468	ѩ
46A	ѫ
46C	ѭ
46E	ѯ
470	ѱ
472	ѳ
474	ѵ
476	ѵ	ѵ	ѹ
47A	ѻ
47C	ѽ
47E	ѿ
480	ҁ
48A	ҋ
48C	ҍ
48E	ҏ
490	ґ
492	ғ
494	ҕ
496	җ
498	ҙ
49A	қ
49C	ҝ
49E	ҟ
4A0	ҡ
4A2	ң
4A4	ҥ
4A6	ҧ
4A8	ҩ
4AA	ҫ
4AC	ҭ
4AE	ү
4B0	ұ
4B2	ҳ
4B4	ҵ
4B6	ҷ
4B8	ҹ
4BA	һ
4BC	ҽ
4BE	ҿ
4C0	ӏ	ж	ж	ӄ
4C5	ӆ
4C7	ӈ
4C9	ӊ
4CB	ӌ
4CD	ӎ
4D0	а	а	а	а	ӕ
4D6	е	е	ә
4DA	ә	ә	ж	ж	з	з	ӡ
4E2	и	и	и	и	о	о	ө
4EA	ө	ө	э	э	у	у	у	у	у	у	ч	ч	ӷ
4F8	ы	ы	ӻ
4FC	ӽ
4FE	ӿ
500	ԁ
502	ԃ
504	ԅ
506	ԇ
508	ԉ
50A	ԋ
50C	ԍ
50E	ԏ
510	ԑ
512	ԓ
514	ԕ
516	ԗ
518	ԙ
51A	ԛ
51C	ԝ
51E	ԟ
520	ԡ
522	ԣ
524	ԥ
526	ԧ
528	ԩ
52A	ԫ
52C	ԭ
52E	ԯ
531	ա	բ	գ	դ	ե	զ	է	ը	թ	ժ	ի	լ	խ	ծ	կ	հ	ձ	ղ	ճ	մ	յ	ն	շ	ո	չ	պ	ջ	ռ	ս	վ	տ	ր	ց	ւ	փ	ք	օ	ֆ
587	եւ
675	اٴ	وٴ	ۇٴ	يٴ
E33	\u{E4D}า
EB3	\u{ECD}າ
EDC	ຫນ	ຫມ
F0C	་
F77	\u{FB2}\u{F71}\u{F80}
F79	\u{FB3}\u{F71}\u{F80}
10A0	ⴀ	ⴁ	ⴂ	ⴃ	ⴄ	ⴅ	ⴆ	ⴇ	ⴈ	ⴉ	ⴊ	ⴋ	ⴌ	ⴍ	ⴎ	ⴏ	ⴐ	ⴑ	ⴒ	ⴓ	ⴔ	ⴕ	ⴖ	ⴗ	ⴘ	ⴙ	ⴚ	ⴛ	ⴜ	ⴝ	ⴞ	ⴟ	ⴠ	ⴡ	ⴢ	ⴣ	ⴤ	ⴥ
10C7	ⴧ
10CD	ⴭ
10FC	ნ
13A0	ꭰ	ꭱ	ꭲ	ꭳ	ꭴ	ꭵ	ꭶ	ꭷ	ꭸ	ꭹ	ꭺ	ꭻ	ꭼ	ꭽ	ꭾ	ꭿ	ꮀ	ꮁ	ꮂ	ꮃ	ꮄ	ꮅ	ꮆ	ꮇ	ꮈ	ꮉ	ꮊ	ꮋ	ꮌ	ꮍ	ꮎ	ꮏ	ꮐ	ꮑ	ꮒ	ꮓ	ꮔ	ꮕ	ꮖ	ꮗ	ꮘ	ꮙ	ꮚ	ꮛ	ꮜ	ꮝ	ꮞ	ꮟ	ꮠ	ꮡ	ꮢ	ꮣ	ꮤ	ꮥ	ꮦ	ꮧ	ꮨ	ꮩ	ꮪ	ꮫ	ꮬ	ꮭ	ꮮ	ꮯ	ꮰ	ꮱ	ꮲ	ꮳ	ꮴ	ꮵ	ꮶ	ꮷ	ꮸ	ꮹ	ꮺ	ꮻ	ꮼ	ꮽ	ꮾ	ꮿ	ᏸ	ᏹ	ᏺ	ᏻ	ᏼ	ᏽ
1C89	ᲊ
1C90	ა	ბ	გ	დ	ე	ვ	ზ	თ	ი	კ	ლ	მ	ნ	ო	პ	ჟ	რ	ს	ტ	უ	ფ	ქ	ღ	ყ	შ	ჩ	ც	ძ	წ	ჭ	ხ	ჯ	ჰ	ჱ	ჲ	ჳ	ჴ	ჵ	ჶ	ჷ	ჸ	ჹ	ჺ
1CBD	ჽ	ჾ	ჿ
1D2C	a	æ	b
1D30	d	e	ǝ	g	h	i	j	k	l	m	n
1D3C	o	ȣ	p	r	t	u	w	a	ɐ	ɑ	ᴂ	b	d	e	ə	ɛ	ɜ	g
1D4F	k	m	ŋ	o	ɔ	ᴖ	ᴗ	p	t	u	ᴝ	ɯ	v	ᴥ	β	γ	δ	φ	χ	i	r	u	v	β	γ	ρ	φ	χ
1D78	н
1D9B	ɒ	c	ɕ	ð	ɜ	f	ɟ	ɡ	ɥ	ɨ	ɩ	ɪ	ᵻ	ʝ	ɭ	ᶅ	ʟ	ɱ	ɰ	ɲ	ɳ	ɴ	ɵ	ɸ	ʂ	ʃ	ƫ	ʉ	ʊ	ᴜ	ʋ	ʌ	z	ʐ	ʑ	ʒ	θ
1E00	a	a	b	b	b	b	b	b	c	c	d	d	d	d	d	d	d	d	d	d	e	e	e	e	e	e	e	e	e	e	f	f	g	g	h	h	h	h	h	h	h	h	h	h	i	i	i	i	k	k	k	k	k	k	l	l	l	l	l	l	l	l	m	m	m	m	m	m	n	n	n	n	n	n	n	n	o	o	o	o	o	o	o	o	p	p	p	p	r	r	r	r	r	r	r	r	s	s	s	s	s	s	s	s	s	s	t	t	t	t	t	t	t	t	u	u	u	u	u	u	u	u	u	u	v	v	v	v	w	w	w	w	w	w	w	w	w	w	x	x	x	x	y	y	z	z	z	z	z	z	h	t	w	y	aʾ	s
1E9E	ss
1EA0	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	a	e	e	e	e	e	e	e	e	e	e	e	e	e	e	e	e	i	i	i	i	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	o	u	u	u	u	u	u	u	u	u	u	u	u	u	u	y	y	y	y	y	y	y	y	ỻ
1EFC	ỽ
1EFE	ỿ
1F00	α	α	α	α	α	α	α	α	α	α	α	α	α	α	α	α	ε	ε	ε	ε	ε	ε
1F18	ε	ε	ε	ε	ε	ε
1F20	η	η	η	η	η	η	η	η	η	η	η	η	η	η	η	η	ι	ι	ι	ι	ι	ι	ι	ι	ι	ι	ι	ι	ι	ι	ι	ι	ο	ο	ο	ο	ο	ο
1F48	ο	ο	ο	ο	ο	ο
1F50	υ	υ	υ	υ	υ	υ	υ	υ
1F59	υ
1F5B	υ
1F5D	υ
1F5F	υ	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	α	α	ε	ε	η	η	ι	ι	ο	ο	υ	υ	ω	ω
1F80	α	α	α	α	α	α	α	α	α	α	α	α	α	α	α	α	η	η	η	η	η	η	η	η	η	η	η	η	η	η	η	η	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	ω	α	α	α	α	α
1FB6	α	α	α	α	α	α	α	\u{20}\u{313}
1FBF	\u{20}\u{313}	\u{20}\u{342}	\u{20}\u{308}	η	η	η
1FC6	η	η	ε	ε	η	η	η	\u{20}\u{313}\u{300}	\u{20}\u{313}\u{301}	\u{20}\u{313}\u{342}	ι	ι	ι	ι
1FD6	ι	ι	ι	ι	ι	ι
1FDD	\u{20}\u{314}\u{300}	\u{20}\u{314}\u{301}	\u{20}\u{314}\u{342}	υ	υ	υ	υ	ρ	ρ	υ	υ	υ	υ	υ	υ	ρ	\u{20}\u{308}	\u{20}\u{308}
1FF2	ω	ω	ω
1FF6	ω	ω	ο	ο	ω	ω	ω	\u{20}\u{301}	\u{20}\u{314}
2000	\u{20}	\u{20}	\u{20}	\u{20}	\u{20}	\u{20}	\u{20}	\u{20}	\u{20}	\u{20}	\u{20}
2011	‐
2017	\u{20}\u{333}
2024	.	..	...
202F	\u{20}
2033	′′	′′′
2036	‵‵	‵‵‵
203C	!!
203E	\u{20}\u{305}
2047	??	?!	!?
2057	′′′′
205F	\u{20}
2070	0	i
2074	4	5	6	7	8	9	+	−	=	(	)	n	0	1	2	3	4	5	6	7	8	9	+	−	=	(	)
2090	a	e	o	x	ə	h	k	l	m	n	p	s	t
20A8	rs
2100	a/c	a/s	c	°c
2105	c/o	c/u	ɛ
2109	°f	g	h	h	h	h	ħ	i	i	l	l
2115	n	no
2119	p	q	r	r	r
2120	sm	tel	tm
2124	z
2126	ω
2128	z
212A	k	a	b	c
212F	e	e	f	ⅎ	m	o	א	ב	ג	ד	i
213B	fax	π	γ	γ	π	∑
2145	d	d	e	i	j
2150	1⁄7	1⁄9	1⁄10	1⁄3	2⁄3	1⁄5	2⁄5	3⁄5	4⁄5	1⁄6	5⁄6	1⁄8	3⁄8	5⁄8	7⁄8	1⁄	i	ii	iii	iv	v	vi	vii	viii	ix	x	xi	xii	l	c	d	m	i	ii	iii	iv	v	vi	vii	viii	ix	x	xi	xii	l	c	d	m
2183	ↄ
2189	0⁄3
222C	∫∫	∫∫∫
222F	∮∮	∮∮∮
2260	=
226E	<	>
2460	1	2	3	4	5	6	7	8	9	10	11	12	13	14	15	16	17	18	19	20	(1)	(2)	(3)	(4)	(5)	(6)	(7)	(8)	(9)	(10)	(11)	(12)	(13)	(14)	(15)	(16)	(17)	(18)	(19)	(20)	1.	2.	3.	4.	5.	6.	7.	8.	9.	10.	11.	12.	13.	14.	15.	16.	17.	18.	19.	20.	(a)	(b)	(c)	(d)	(e)	(f)	(g)	(h)	(i)	(j)	(k)	(l)	(m)	(n)	(o)	(p)	(q)	(r)	(s)	(t)	(u)	(v)	(w)	(x)	(y)	(z)	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	0
2A0C	∫∫∫∫
2A74	::=	==	===
2C00	ⰰ	ⰱ	ⰲ	ⰳ	ⰴ	ⰵ	ⰶ	ⰷ	ⰸ	ⰹ	ⰺ	ⰻ	ⰼ	ⰽ	ⰾ	ⰿ	ⱀ	ⱁ	ⱂ	ⱃ	ⱄ	ⱅ	ⱆ	ⱇ	ⱈ	ⱉ	ⱊ	ⱋ	ⱌ	ⱍ	ⱎ	ⱏ	ⱐ	ⱑ	ⱒ	ⱓ	ⱔ	ⱕ	ⱖ	ⱗ	ⱘ	ⱙ	ⱚ	ⱛ	ⱜ	ⱝ	ⱞ	ⱟ
2C60	ⱡ
2C62	ɫ	ᵽ	ɽ
2C67	ⱨ
2C69	ⱪ
2C6B	ⱬ
2C6D	ɑ	ɱ	ɐ	ɒ
2C72	ⱳ
2C75	ⱶ
2C7C	j	v	ȿ	ɀ	ⲁ
2C82	ⲃ
2C84	ⲅ
2C86	ⲇ
2C88	ⲉ
2C8A	ⲋ
2C8C	ⲍ
2C8E	ⲏ
2C90	ⲑ
2C92	ⲓ
2C94	ⲕ
2C96	ⲗ
2C98	ⲙ
2C9A	ⲛ
2C9C	ⲝ
2C9E	ⲟ
2CA0	ⲡ
2CA2	ⲣ
2CA4	ⲥ
2CA6	ⲧ
2CA8	ⲩ
2CAA	ⲫ
2CAC	ⲭ
2CAE	ⲯ
2CB0	ⲱ
2CB2	ⲳ
2CB4	ⲵ
2CB6	ⲷ
2CB8	ⲹ
2CBA	ⲻ
2CBC	ⲽ
2CBE	ⲿ
2CC0	ⳁ
2CC2	ⳃ
2CC4	ⳅ
2CC6	ⳇ
2CC8	ⳉ
2CCA	ⳋ
2CCC	ⳍ
2CCE	ⳏ
2CD0	ⳑ
2CD2	ⳓ
2CD4	ⳕ
2CD6	ⳗ
2CD8	ⳙ
2CDA	ⳛ
2CDC	ⳝ
2CDE	ⳟ
2CE0	ⳡ
2CE2	ⳣ
2CEB	ⳬ
2CED	ⳮ
2CF2	ⳳ
2D6F	ⵡ
2E9F	母
2EF3	龟
2F00	一	丨	丶	丿	乙	亅	二	亠	人	儿	入	八	冂	冖	冫	几	凵	刀	力	勹	匕	匚	匸	十	卜	卩	厂	厶	又	口	囗	土	士	夂	夊	夕	大	女	子	宀	寸	小	尢	尸	屮	山	巛	工	己	巾	干	幺	广	廴	廾	弋	弓	彐	彡	彳	心	戈	戶	手	支	攴	文	斗	斤	方	无	日	曰	月	木	欠	止	歹	殳	毋	比	毛	氏	气	水	火	爪	父	爻	爿	片	牙	牛	犬	玄	玉	瓜	瓦	甘	生	用	田	疋	疒	癶	白	皮	皿	目	矛	矢	石	示	禸	禾	穴	立	竹	米	糸	缶	网	羊	羽	老	而	耒	耳	聿	肉	臣	自	至	臼	舌	舛	舟	艮	色	艸	虍	虫	血	行	衣	襾	見	角	言	谷	豆	豕	豸	貝	赤	走	足	身	車	辛	辰	辵	邑	酉	釆	里	金	長	門	阜	隶	隹	雨	靑	非	面	革	韋	韭	音	頁	風	飛	食	首	香	馬	骨	高	髟	鬥	鬯	鬲	鬼	魚	鳥	鹵	鹿	麥	麻	黃	黍	黑	黹	黽	鼎	鼓	鼠	鼻	齊	齒	龍	龜	龠
3000	\u{20}
3036	〒
3038	十	卄	卅
309B	\u{20}\u{3099}	\u{20}\u{309A}
309F	より
30FF	コト
3131	ᄀ	ᄁ	ᆪ	ᄂ	ᆬ	ᆭ	ᄃ	ᄄ	ᄅ	ᆰ	ᆱ	ᆲ	ᆳ	ᆴ	ᆵ	ᄚ	ᄆ	ᄇ	ᄈ	ᄡ	ᄉ	ᄊ	ᄋ	ᄌ	ᄍ	ᄎ	ᄏ	ᄐ	ᄑ	ᄒ	ᅡ	ᅢ	ᅣ	ᅤ	ᅥ	ᅦ	ᅧ	ᅨ	ᅩ	ᅪ	ᅫ	ᅬ	ᅭ	ᅮ	ᅯ	ᅰ	ᅱ	ᅲ	ᅳ	ᅴ	ᅵ	ᅠ	ᄔ	ᄕ	ᇇ	ᇈ	ᇌ	ᇎ	ᇓ	ᇗ	ᇙ	ᄜ	ᇝ	ᇟ	ᄝ	ᄞ	ᄠ	ᄢ	ᄣ	ᄧ	ᄩ	ᄫ	ᄬ	ᄭ	ᄮ	ᄯ	ᄲ	ᄶ	ᅀ	ᅇ	ᅌ	ᇱ	ᇲ	ᅗ	ᅘ	ᅙ	ᆄ	ᆅ	ᆈ	ᆑ	ᆒ	ᆔ	ᆞ	ᆡ
3192	一	二	三	四	上	中	下	甲	乙	丙	丁	天	地	人
3200	(ᄀ)	(ᄂ)	(ᄃ)	(ᄅ)	(ᄆ)	(ᄇ)	(ᄉ)	(ᄋ)	(ᄌ)	(ᄎ)	(ᄏ)	(ᄐ)	(ᄑ)	(ᄒ)	(가)	(나)	(다)	(라)	(마)	(바)	(사)	(아)	(자)	(차)	(카)	(타)	(파)	(하)	(주)	(오전)	(오후)
3220	(一)	(二)	(三)	(四)	(五)	(六)	(七)	(八)	(九)	(十)	(月)	(火)	(水)	(木)	(金)	(土)	(日)	(株)	(有)	(社)	(名)	(特)	(財)	(祝)	(労)	(代)	(呼)	(学)	(監)	(企)	(資)	(協)	(祭)	(休)	(自)	(至)	問	幼	文	箏
3250	pte	21	22	23	24	25	26	27	28	29	30	31	32	33	34	35	ᄀ	ᄂ	ᄃ	ᄅ	ᄆ	ᄇ	ᄉ	ᄋ	ᄌ	ᄎ	ᄏ	ᄐ	ᄑ	ᄒ	가	나	다	라	마	바	사	아	자	차	카	타	파	하	참고	주의	우
3280	一	二	三	四	五	六	七	八	九	十	月	火	水	木	金	土	日	株	有	社	名	特	財	祝	労	秘	男	女	適	優	印	注	項	休	写	正	上	中	下	左	右	医	宗	学	監	企	資	協	夜	36	37	38	39	40	41	42	43	44	45	46	47	48	49	50	1月	2月	3月	4月	5月	6月	7月	8月	9月	10月	11月	12月	hg	erg	ev	ltd	ア	イ	ウ	エ	オ	カ	キ	ク	ケ	コ	サ	シ	ス	セ	ソ	タ	チ	ツ	テ	ト	ナ	ニ	ヌ	ネ	ノ	ハ	ヒ	フ	ヘ	ホ	マ	ミ	ム	メ	モ	ヤ	ユ	ヨ	ラ	リ	ル	レ	ロ	ワ	ヰ	ヱ	ヲ	令和	アパート	アルファ	アンペア	アール	イニング	インチ	ウォン	エスクード	エーカー	オンス	オーム	カイリ	カラット	カロリー	ガロン	ガンマ	ギガ	ギニー	キュリー	ギルダー	キロ	キログラム	キロメートル	キロワット	グラム	グラムトン	クルゼイロ	クローネ	ケース	コルナ	コーポ	サイクル	サンチーム	シリング	センチ	セント	ダース	デシ	ドル	トン	ナノ	ノット	ハイツ	パーセント	パーツ	バーレル	ピアストル	ピクル	ピコ	ビル	ファラッド	フィート	ブッシェル	フラン	ヘクタール	ペソ	ペニヒ	ヘルツ	ペンス	ページ	ベータ	ポイント	ボルト	ホン	ポンド	ホール	ホーン	マイクロ	マイル	マッハ	マルク	マンション	ミクロン	ミリ	ミリバール	メガ	メガトン	メートル	ヤード	ヤール	ユアン	リットル	リラ	ルピー	ルーブル	レム	レントゲン	ワット	0点	1点	2点	3点	4点	5点	6点	7点	8点	9点	10点	11点	12点	13点	14点	15点	16点	17点	18点	19点	20点	21点	22点	23点	24点	hpa	da	au	bar	ov	pc	dm	dm2	dm3	iu	平成	昭和	大正	明治	株式会社	pa	na	μa	ma	ka	kb	mb	gb	cal	kcal	pf	nf	μf	μg	mg	kg	hz	khz	mhz	ghz	thz	μl	ml	dl	kl	fm	nm	μm	mm	cm	km	mm2	cm2	m2	km2	mm3	cm3	m3	km3	m∕s	m∕s2	pa	kpa	mpa	gpa	rad	rad∕s	rad∕s2	ps	ns	μs	ms	pv	nv	μv	mv	kv	mv	pw	nw	μw	mw	kw	mw	kω	mω	a.m.	bq	cc	cd	c∕kg	co.	db	gy	ha	hp	in	kk	km	kt	lm	ln	log	lx	mb	mil	mol	ph	p.m.	ppm	pr	sr	sv	wb	v∕m	a∕m	1日	2日	3日	4日	5日	6日	7日	8日	9日	10日	11日	12日	13日	14日	15日	16日	17日	18日	19日	20日	21日	22日	23日	24日	25日	26日	27日	28日	29日	30日	31日	gal
A640	ꙁ
A642	ꙃ
A644	ꙅ
A646	ꙇ
A648	ꙉ
A64A	ꙋ
A64C	ꙍ
A64E	ꙏ
A650	ꙑ
A652	ꙓ
A654	ꙕ
A656	ꙗ
A658	ꙙ
A65A	ꙛ
A65C	ꙝ
A65E	ꙟ
A660	ꙡ
A662	ꙣ
A664	ꙥ
A666	ꙧ
A668	ꙩ
A66A	ꙫ
A66C	ꙭ
A680	ꚁ
A682	ꚃ
A684	ꚅ
A686	ꚇ
A688	ꚉ
A68A	ꚋ
A68C	ꚍ
A68E	ꚏ
A690	ꚑ
A692	ꚓ
A694	ꚕ
A696	ꚗ
A698	ꚙ
A69A	ꚛ
A69C	ъ	ь
A722	ꜣ
A724	ꜥ
A726	ꜧ
A728	ꜩ
A72A	ꜫ
A72C	ꜭ
A72E	ꜯ
A732	ꜳ
A734	ꜵ
A736	ꜷ
A738	ꜹ
A73A	ꜻ
A73C	ꜽ
A73E	ꜿ
A740	ꝁ
A742	ꝃ
A744	ꝅ
A746	ꝇ
A748	ꝉ
A74A	ꝋ
A74C	ꝍ
A74E	ꝏ
A750	ꝑ
A752	ꝓ
A754	ꝕ
A756	ꝗ
A758	ꝙ
A75A	ꝛ
A75C	ꝝ
A75E	ꝟ
A760	ꝡ
A762	ꝣ
A764	ꝥ
A766	ꝧ
A768	ꝩ
A76A	ꝫ
A76C	ꝭ
A76E	ꝯ
A770	ꝯ
A779	ꝺ
A77B	ꝼ
A77D	ᵹ	ꝿ
A780	ꞁ
A782	ꞃ
A784	ꞅ
A786	ꞇ
A78B	ꞌ
A78D	ɥ
A790	ꞑ
A792	ꞓ
A796	ꞗ
A798	ꞙ
A79A	ꞛ
A79C	ꞝ
A79E	ꞟ
A7A0	ꞡ
A7A2	ꞣ
A7A4	ꞥ
A7A6	ꞧ
A7A8	ꞩ
A7AA	ɦ	ɜ	ɡ	ɬ	ɪ
A7B0	ʞ	ʇ	ʝ	ꭓ	ꞵ
A7B6	ꞷ
A7B8	ꞹ
A7BA	ꞻ
A7BC	ꞽ
A7BE	ꞿ
A7C0	ꟁ
A7C2	ꟃ
A7C4	ꞔ	ʂ	ᶎ	ꟈ
A7C9	ꟊ
A7CB	ɤ	ꟍ
A7CE	꟏
A7D0	ꟑ
A7D2	ꟓ
A7D4	ꟕ
A7D6	ꟗ
A7D8	ꟙ
A7DA	ꟛ
A7DC	ƛ
A7F2	c	f	q	ꟶ
A7F8	ħ	œ
AB5C	ꜧ	ꬷ	ɫ	ꭒ
AB69	ʍ
FB00	ff	fi	fl	ffi	ffl	st	st
FB13	մն	մե	մի	վն	մխ
FB20	ע	א	ד	ה	כ	ל	ם	ר	ת	+
FB4F	אל	ٱ	ٱ	ٻ	ٻ	ٻ	ٻ	پ	پ	پ	پ	ڀ	ڀ	ڀ	ڀ	ٺ	ٺ	ٺ	ٺ	ٿ	ٿ	ٿ	ٿ	ٹ	ٹ	ٹ	ٹ	ڤ	ڤ	ڤ	ڤ	ڦ	ڦ	ڦ	ڦ	ڄ	ڄ	ڄ	ڄ	ڃ	ڃ	ڃ	ڃ	چ	چ	چ	چ	ڇ	ڇ	ڇ	ڇ	ڍ	ڍ	ڌ	ڌ	ڎ	ڎ	ڈ	ڈ	ژ	ژ	ڑ	ڑ	ک	ک	ک	ک	گ	گ	گ	گ	ڳ	ڳ	ڳ	ڳ	ڱ	ڱ	ڱ	ڱ	ں	ں	ڻ	ڻ	ڻ	ڻ	ۀ	ۀ	ہ	ہ	ہ	ہ	ھ	ھ	ھ	ھ	ے	ے	ۓ	ۓ
FBD3	ڭ	ڭ	ڭ	ڭ	ۇ	ۇ	ۆ	ۆ	ۈ	ۈ	ۇٴ	ۋ	ۋ	ۅ	ۅ	ۉ	ۉ	ې	ې	ې	ې	ى	ى	ئا	ئا	ئە	ئە	ئو	ئو	ئۇ	ئۇ	ئۆ	ئۆ	ئۈ	ئۈ	ئې	ئې	ئې	ئى	ئى	ئى	ی	ی	ی	ی	ئج	ئح	ئم	ئى	ئي	بج	بح	بخ	بم	بى	بي	تج	تح	تخ	تم	تى	تي	ثج	ثم	ثى	ثي	جح	جم	حج	حم	خج	خح	خم	سج	سح	سخ	سم	صح	صم	ضج	ضح	ضخ	ضم	طح	طم	ظم	عج	عم	غج	غم	فج	فح	فخ	فم	فى	في	قح	قم	قى	قي	كا	كج	كح	كخ	كل	كم	كى	كي	لج	لح	لخ	لم	لى	لي	مج	مح	مخ	مم	مى	مي	نج	نح	نخ	نم	نى	ني	هج	هم	هى	هي	يج	يح	يخ	يم	يى	يي	ذ\u{670}	ر\u{670}	ى\u{670}	\u{20}\u{64C}\u{651}	\u{20}\u{64D}\u{651}	\u{20}\u{64E}\u{651}	\u{20}\u{64F}\u{651}	\u{20}\u{650}\u{651}	\u{20}\u{651}\u{670}	ئر	ئز	ئم	ئن	ئى	ئي	بر	بز	بم	بن	بى	بي	تر	تز	تم	تن	تى	تي	ثر	ثز	ثم	ثن	ثى	ثي	فى	في	قى	قي	كا	كل	كم	كى	كي	لم	لى	لي	ما	مم	نر	نز	نم	نن	نى	ني	ى\u{670}	ير	يز	يم	ين	يى	يي	ئج	ئح	ئخ	ئم	ئه	بج	بح	بخ	بم	به	تج	تح	تخ	تم	ته	ثم	جح	جم	حج	حم	خج	خم	سج	سح	سخ	سم	صح	صخ	صم	ضج	ضح	ضخ	ضم	طح	ظم	عج	عم	غج	غم	فج	فح	فخ	فم	قح	قم	كج	كح	كخ	كل	كم	لج	لح	لخ	لم	له	مج	مح	مخ	مم	نج	نح	نخ	نم	نه	هج	هم	ه\u{670}	يج	يح	يخ	يم	يه	ئم	ئه	بم	به	تم	ته	ثم	ثه	سم	سه	شم	شه	كل	كم	لم	نم	نه	يم	يه	ـ\u{64E}\u{651}	ـ\u{64F}\u{651}	ـ\u{650}\u{651}	طى	طي	عى	عي	غى	غي	سى	سي	شى	شي	حى	حي	جى	جي	خى	خي	صى	صي	ضى	ضي	شج	شح	شخ	شم	شر	سر	صر	ضر	طى	طي	عى	عي	غى	غي	سى	سي	شى	شي	حى	حي	جى	جي	خى	خي	صى	صي	ضى	ضي	شج	شح	شخ	شم	شر	سر	صر	ضر	شج	شح	شخ	شم	سه	شه	طم	سج	سح	سخ	شج	شح	شخ	طم	ظم	ا\u{64B}	ا\u{64B}
FD50	تجم	تحج	تحج	تحم	تخم	تمج	تمح	تمخ	جمح	جمح	حمي	حمى	سحج	سجح	سجى	سمح	سمح	سمج	سمم	سمم	صحح	صحح	صمم	شحم	شحم	شجي	شمخ	شمخ	شمم	شمم	ضحى	ضخم	ضخم	طمح	طمح	طمم	طمي	عجم	عمم	عمم	عمى	غمم	غمي	غمى	فخم	فخم	قمح	قمم	لحم	لحي	لحى	لجج	لجج	لخم	لخم	لمح	لمح	محج	محم	محي	مجح	مجم	مخج	مخم
FD92	مجخ	همج	همم	نحم	نحى	نجم	نجم	نجى	نمي	نمى	يمم	يمم	بخي	تجي	تجى	تخي	تخى	تمي	تمى	جمي	جحى	جمى	سخى	صحي	شحي	ضحي	لجي	لمي	يحي	يجي	يمي	ممي	قمي	نحي	قمح	لحم	عمي	كمي	نجح	مخي	لجم	كمم	لجم	نجح	جحي	حجي	مجي	فمي	بحي	كمم	عجم	صمم	سخي	نجي
FDF0	صلے	قلے	الله	اكبر	محمد	صلعم	رسول	عليه	وسلم	صلى	صلى\u{20}الله\u{20}عليه\u{20}وسلم	جل\u{20}جلاله	ریال
FE10	,	、	。	:	;	!	?	〖	〗	...
FE30	..	—	–	_	_	(	)	{	}	〔	〕	【	】	《	》	〈	〉	「	」	『	』
FE47	[	]	\u{20}\u{305}	\u{20}\u{305}	\u{20}\u{305}	\u{20}\u{305}	_	_	_	,	、	.
FE54	;	:	?	!	—	(	)	{	}	〔	〕	#	&	*	+	-	<	>	=
FE68	\\	$	%	@
FE70	\u{20}\u{64B}	ـ\u{64B}	\u{20}\u{64C}
FE74	\u{20}\u{64D}
FE76	\u{20}\u{64E}	ـ\u{64E}	\u{20}\u{64F}	ـ\u{64F}	\u{20}\u{650}	ـ\u{650}	\u{20}\u{651}	ـ\u{651}	\u{20}\u{652}	ـ\u{652}	ء	آ	آ	أ	أ	ؤ	ؤ	إ	إ	ئ	ئ	ئ	ئ	ا	ا	ب	ب	ب	ب	ة	ة	ت	ت	ت	ت	ث	ث	ث	ث	ج	ج	ج	ج	ح	ح	ح	ح	خ	خ	خ	خ	د	د	ذ	ذ	ر	ر	ز	ز	س	س	س	س	ش	ش	ش	ش	ص	ص	ص	ص	ض	ض	ض	ض	ط	ط	ط	ط	ظ	ظ	ظ	ظ	ع	ع	ع	ع	غ	غ	غ	غ	ف	ف	ف	ف	ق	ق	ق	ق	ك	ك	ك	ك	ل	ل	ل	ل	م	م	م	م	ن	ن	ن	ن	ه	ه	ه	ه	و	و	ى	ى	ي	ي	ي	ي	لآ	لآ	لأ	لأ	لإ	لإ	لا	لا
FF01	!	\"	#	$	%	&	'	(	)	*	+	,	-	.	/	0	1	2	3	4	5	6	7	8	9	:	;	<	=	>	?	@	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	[	\\	]	^	_	`	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	{	|	}	~	⦅	⦆	。	「	」	、	・	ヲ	ァ	ィ	ゥ	ェ	ォ	ャ	ュ	ョ	ッ	ー	ア	イ	ウ	エ	オ	カ	キ	ク	ケ	コ	サ	シ	ス	セ	ソ	タ	チ	ツ	テ	ト	ナ	ニ	ヌ	ネ	ノ	ハ	ヒ	フ	ヘ	ホ	マ	ミ	ム	メ	モ	ヤ	ユ	ヨ	ラ	リ	ル	レ	ロ	ワ	ン	\u{3099}	\u{309A}	ᅠ	ᄀ	ᄁ	ᆪ	ᄂ	ᆬ	ᆭ	ᄃ	ᄄ	ᄅ	ᆰ	ᆱ	ᆲ	ᆳ	ᆴ	ᆵ	ᄚ	ᄆ	ᄇ	ᄈ	ᄡ	ᄉ	ᄊ	ᄋ	ᄌ	ᄍ	ᄎ	ᄏ	ᄐ	ᄑ	ᄒ
FFC2	ᅡ	ᅢ	ᅣ	ᅤ	ᅥ	ᅦ
FFCA	ᅧ	ᅨ	ᅩ	ᅪ	ᅫ	ᅬ
FFD2	ᅭ	ᅮ	ᅯ	ᅰ	ᅱ	ᅲ
FFDA	ᅳ	ᅴ	ᅵ
FFE0	¢	£	¬	\u{20}\u{304}	¦	¥	₩
FFE8	│	←	↑	→	↓	■	○
10400	𐐨	𐐩	𐐪	𐐫	𐐬	𐐭	𐐮	𐐯	𐐰	𐐱	𐐲	𐐳	𐐴	𐐵	𐐶	𐐷	𐐸	𐐹	𐐺	𐐻	𐐼	𐐽	𐐾	𐐿	𐑀	𐑁	𐑂	𐑃	𐑄	𐑅	𐑆	𐑇	𐑈	𐑉	𐑊	𐑋	𐑌	𐑍	𐑎	𐑏
104B0	𐓘	𐓙	𐓚	𐓛	𐓜	𐓝	𐓞	𐓟	𐓠	𐓡	𐓢	𐓣	𐓤	𐓥	𐓦	𐓧	𐓨	𐓩	𐓪	𐓫	𐓬	𐓭	𐓮	𐓯	𐓰	𐓱	𐓲	𐓳	𐓴	𐓵	𐓶	𐓷	𐓸	𐓹	𐓺	𐓻
10570	𐖗	𐖘	𐖙	𐖚	𐖛	𐖜	𐖝	𐖞	𐖟	𐖠	𐖡
1057C	𐖣	𐖤	𐖥	𐖦	𐖧	𐖨	𐖩	𐖪	𐖫	𐖬	𐖭	𐖮	𐖯	𐖰	𐖱
1058C	𐖳	𐖴	𐖵	𐖶	𐖷	𐖸	𐖹
10594	𐖻	𐖼
10781	ː	ˑ	æ	ʙ	ɓ
10787	ʣ	ꭦ	ʥ	ʤ	ɖ	ɗ	ᶑ	ɘ	ɞ	ʩ	ɤ	ɢ	ɠ	ʛ	ħ	ʜ	ɧ	ʄ	ʪ	ʫ	ɬ	𝼄	ꞎ	ɮ	𝼅	ʎ	𝼆	ø	ɶ	ɷ	q	ɺ	𝼈	ɽ	ɾ	ʀ	ʨ	ʦ	ꭧ	ʧ	ʈ	ⱱ
107B2	ʏ	ʡ	ʢ	ʘ	ǀ	ǁ	ǂ	𝼊	𝼞
10C80	𐳀	𐳁	𐳂	𐳃	𐳄	𐳅	𐳆	𐳇	𐳈	𐳉	𐳊	𐳋	𐳌	𐳍	𐳎	𐳏	𐳐	𐳑	𐳒	𐳓	𐳔	𐳕	𐳖	𐳗	𐳘	𐳙	𐳚	𐳛	𐳜	𐳝	𐳞	𐳟	𐳠	𐳡	𐳢	𐳣	𐳤	𐳥	𐳦	𐳧	𐳨	𐳩	𐳪	𐳫	𐳬	𐳭	𐳮	𐳯	𐳰	𐳱	𐳲
10D50	𐵰	𐵱	𐵲	𐵳	𐵴	𐵵	𐵶	𐵷	𐵸	𐵹	𐵺	𐵻	𐵼	𐵽	𐵾	𐵿	𐶀	𐶁	𐶂	𐶃	𐶄	𐶅
118A0	𑣀	𑣁	𑣂	𑣃	𑣄	𑣅	𑣆	𑣇	𑣈	𑣉	𑣊	𑣋	𑣌	𑣍	𑣎	𑣏	𑣐	𑣑	𑣒	𑣓	𑣔	𑣕	𑣖	𑣗	𑣘	𑣙	𑣚	𑣛	𑣜	𑣝	𑣞	𑣟
16E40	𖹠	𖹡	𖹢	𖹣	𖹤	𖹥	𖹦	𖹧	𖹨	𖹩	𖹪	𖹫	𖹬	𖹭	𖹮	𖹯	𖹰	𖹱	𖹲	𖹳	𖹴	𖹵	𖹶	𖹷	𖹸	𖹹	𖹺	𖹻	𖹼	𖹽	𖹾	𖹿
16EA0	𖺻	𖺼	𖺽	𖺾	𖺿	𖻀	𖻁	𖻂	𖻃	𖻄	𖻅	𖻆	𖻇	𖻈	𖻉	𖻊	𖻋	𖻌	𖻍	𖻎	𖻏	𖻐	𖻑	𖻒	𖻓
1D400	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g
1D456	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a
1D49E	c	d
1D4A2	g
1D4A5	j	k
1D4A9	n	o	p	q
1D4AE	s	t	u	v	w	x	y	z	a	b	c	d
1D4BB	f
1D4BD	h	i	j	k	l	m	n
1D4C5	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b
1D507	d	e	f	g
1D50D	j	k	l	m	n	o	p	q
1D516	s	t	u	v	w	x	y
1D51E	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b
1D53B	d	e	f	g
1D540	i	j	k	l	m
1D546	o
1D54A	s	t	u	v	w	x	y
1D552	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	ı	ȷ
1D6A8	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	θ	σ	τ	υ	φ	χ	ψ	ω	∇	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	ς	σ	τ	υ	φ	χ	ψ	ω	∂	ε	θ	κ	φ	ρ	π	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	θ	σ	τ	υ	φ	χ	ψ	ω	∇	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	ς	σ	τ	υ	φ	χ	ψ	ω	∂	ε	θ	κ	φ	ρ	π	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	θ	σ	τ	υ	φ	χ	ψ	ω	∇	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	ς	σ	τ	υ	φ	χ	ψ	ω	∂	ε	θ	κ	φ	ρ	π	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	θ	σ	τ	υ	φ	χ	ψ	ω	∇	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	ς	σ	τ	υ	φ	χ	ψ	ω	∂	ε	θ	κ	φ	ρ	π	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	θ	σ	τ	υ	φ	χ	ψ	ω	∇	α	β	γ	δ	ε	ζ	η	θ	ι	κ	λ	μ	ν	ξ	ο	π	ρ	ς	σ	τ	υ	φ	χ	ψ	ω	∂	ε	θ	κ	φ	ρ	π	ϝ	ϝ
1D7CE	0	1	2	3	4	5	6	7	8	9	0	1	2	3	4	5	6	7	8	9	0	1	2	3	4	5	6	7	8	9	0	1	2	3	4	5	6	7	8	9	0	1	2	3	4	5	6	7	8	9
1E030	а	б	в	г	д	е	ж	з	и	к	л	м	о	п	р	с	т	у	ф	х	ц	ч	ш	ы	э	ю	ꚉ	ә	і	ј	ө	ү	ӏ	а	б	в	г	д	е	ж	з	и	к	л	о	п	с	у	ф	х	ц	ч	ш	ъ	ы	ґ	і	ѕ	џ	ҫ	ꙑ	ұ
1E900	𞤢	𞤣	𞤤	𞤥	𞤦	𞤧	𞤨	𞤩	𞤪	𞤫	𞤬	𞤭	𞤮	𞤯	𞤰	𞤱	𞤲	𞤳	𞤴	𞤵	𞤶	𞤷	𞤸	𞤹	𞤺	𞤻	𞤼	𞤽	𞤾	𞤿	𞥀	𞥁	𞥂	𞥃
1EE00	ا	ب	ج	د
1EE05	و	ز	ح	ط	ي	ك	ل	م	ن	س	ع	ف	ص	ق	ر	ش	ت	ث	خ	ذ	ض	ظ	غ	ٮ	ں	ڡ	ٯ
1EE21	ب	ج
1EE24	ه
1EE27	ح
1EE29	ي	ك	ل	م	ن	س	ع	ف	ص	ق
1EE34	ش	ت	ث	خ
1EE39	ض
1EE3B	غ
1EE42	ج
1EE47	ح
1EE49	ي
1EE4B	ل
1EE4D	ن	س	ع
1EE51	ص	ق
1EE54	ش
1EE57	خ
1EE59	ض
1EE5B	غ
1EE5D	ں
1EE5F	ٯ
1EE61	ب	ج
1EE64	ه
1EE67	ح	ط	ي	ك
1EE6C	م	ن	س	ع	ف	ص	ق
1EE74	ش	ت	ث	خ
1EE79	ض	ظ	غ	ٮ
1EE7E	ڡ
1EE80	ا	ب	ج	د	ه	و	ز	ح	ط	ي
1EE8B	ل	م	ن	س	ع	ف	ص	ق	ر	ش	ت	ث	خ	ذ	ض	ظ	غ
1EEA1	ب	ج	د
1EEA5	و	ز	ح	ط	ي
1EEAB	ل	م	ن	س	ع	ف	ص	ق	ر	ش	ت	ث	خ	ذ	ض	ظ	غ
1F100	0.	0,	1,	2,	3,	4,	5,	6,	7,	8,	9,
1F110	(a)	(b)	(c)	(d)	(e)	(f)	(g)	(h)	(i)	(j)	(k)	(l)	(m)	(n)	(o)	(p)	(q)	(r)	(s)	(t)	(u)	(v)	(w)	(x)	(y)	(z)	〔s〕	c	r	cd	wz
1F130	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	hv	mv	sd	ss	ppv	wc
1F16A	mc	md	mr
1F190	dj
1F200	ほか	ココ	サ
1F210	手	字	双	デ	二	多	解	天	交	映	無	料	前	後	再	新	初	終	生	販	声	吹	演	投	捕	一	三	遊	左	中	右	指	走	打	禁	空	合	満	有	月	申	割	営	配
1F240	〔本〕	〔三〕	〔二〕	〔安〕	〔点〕	〔打〕	〔盗〕	〔勝〕	〔敗〕
1F250	得	可
1FBF0	0	1	2	3	4	5	6	7	8	9
"""

    /// Each character's canonical decomposition, where it has one (Hangul syllables are arithmetic).
    static let canonical = """
C0	A\u{300}	A\u{301}	A\u{302}	A\u{303}	A\u{308}	A\u{30A}
C7	C\u{327}	E\u{300}	E\u{301}	E\u{302}	E\u{308}	I\u{300}	I\u{301}	I\u{302}	I\u{308}
D1	N\u{303}	O\u{300}	O\u{301}	O\u{302}	O\u{303}	O\u{308}
D9	U\u{300}	U\u{301}	U\u{302}	U\u{308}	Y\u{301}
E0	a\u{300}	a\u{301}	a\u{302}	a\u{303}	a\u{308}	a\u{30A}
E7	c\u{327}	e\u{300}	e\u{301}	e\u{302}	e\u{308}	i\u{300}	i\u{301}	i\u{302}	i\u{308}
F1	n\u{303}	o\u{300}	o\u{301}	o\u{302}	o\u{303}	o\u{308}
F9	u\u{300}	u\u{301}	u\u{302}	u\u{308}	y\u{301}
FF	y\u{308}	A\u{304}	a\u{304}	A\u{306}	a\u{306}	A\u{328}	a\u{328}	C\u{301}	c\u{301}	C\u{302}	c\u{302}	C\u{307}	c\u{307}	C\u{30C}	c\u{30C}	D\u{30C}	d\u{30C}
112	E\u{304}	e\u{304}	E\u{306}	e\u{306}	E\u{307}	e\u{307}	E\u{328}	e\u{328}	E\u{30C}	e\u{30C}	G\u{302}	g\u{302}	G\u{306}	g\u{306}	G\u{307}	g\u{307}	G\u{327}	g\u{327}	H\u{302}	h\u{302}
128	I\u{303}	i\u{303}	I\u{304}	i\u{304}	I\u{306}	i\u{306}	I\u{328}	i\u{328}	I\u{307}
134	J\u{302}	j\u{302}	K\u{327}	k\u{327}
139	L\u{301}	l\u{301}	L\u{327}	l\u{327}	L\u{30C}	l\u{30C}
143	N\u{301}	n\u{301}	N\u{327}	n\u{327}	N\u{30C}	n\u{30C}
14C	O\u{304}	o\u{304}	O\u{306}	o\u{306}	O\u{30B}	o\u{30B}
154	R\u{301}	r\u{301}	R\u{327}	r\u{327}	R\u{30C}	r\u{30C}	S\u{301}	s\u{301}	S\u{302}	s\u{302}	S\u{327}	s\u{327}	S\u{30C}	s\u{30C}	T\u{327}	t\u{327}	T\u{30C}	t\u{30C}
168	U\u{303}	u\u{303}	U\u{304}	u\u{304}	U\u{306}	u\u{306}	U\u{30A}	u\u{30A}	U\u{30B}	u\u{30B}	U\u{328}	u\u{328}	W\u{302}	w\u{302}	Y\u{302}	y\u{302}	Y\u{308}	Z\u{301}	z\u{301}	Z\u{307}	z\u{307}	Z\u{30C}	z\u{30C}
1A0	O\u{31B}	o\u{31B}
1AF	U\u{31B}	u\u{31B}
1CD	A\u{30C}	a\u{30C}	I\u{30C}	i\u{30C}	O\u{30C}	o\u{30C}	U\u{30C}	u\u{30C}	U\u{308}\u{304}	u\u{308}\u{304}	U\u{308}\u{301}	u\u{308}\u{301}	U\u{308}\u{30C}	u\u{308}\u{30C}	U\u{308}\u{300}	u\u{308}\u{300}
1DE	A\u{308}\u{304}	a\u{308}\u{304}	A\u{307}\u{304}	a\u{307}\u{304}	Æ\u{304}	æ\u{304}
1E6	G\u{30C}	g\u{30C}	K\u{30C}	k\u{30C}	O\u{328}	o\u{328}	O\u{328}\u{304}	o\u{328}\u{304}	Ʒ\u{30C}	ʒ\u{30C}	j\u{30C}
1F4	G\u{301}	g\u{301}
1F8	N\u{300}	n\u{300}	A\u{30A}\u{301}	a\u{30A}\u{301}	Æ\u{301}	æ\u{301}	Ø\u{301}	ø\u{301}	A\u{30F}	a\u{30F}	A\u{311}	a\u{311}	E\u{30F}	e\u{30F}	E\u{311}	e\u{311}	I\u{30F}	i\u{30F}	I\u{311}	i\u{311}	O\u{30F}	o\u{30F}	O\u{311}	o\u{311}	R\u{30F}	r\u{30F}	R\u{311}	r\u{311}	U\u{30F}	u\u{30F}	U\u{311}	u\u{311}	S\u{326}	s\u{326}	T\u{326}	t\u{326}
21E	H\u{30C}	h\u{30C}
226	A\u{307}	a\u{307}	E\u{327}	e\u{327}	O\u{308}\u{304}	o\u{308}\u{304}	O\u{303}\u{304}	o\u{303}\u{304}	O\u{307}	o\u{307}	O\u{307}\u{304}	o\u{307}\u{304}	Y\u{304}	y\u{304}
340	\u{300}	\u{301}
343	\u{313}	\u{308}\u{301}
374	ʹ
37E	;
385	¨\u{301}	Α\u{301}	·	Ε\u{301}	Η\u{301}	Ι\u{301}
38C	Ο\u{301}
38E	Υ\u{301}	Ω\u{301}	ι\u{308}\u{301}
3AA	Ι\u{308}	Υ\u{308}	α\u{301}	ε\u{301}	η\u{301}	ι\u{301}	υ\u{308}\u{301}
3CA	ι\u{308}	υ\u{308}	ο\u{301}	υ\u{301}	ω\u{301}
3D3	ϒ\u{301}	ϒ\u{308}
400	Е\u{300}	Е\u{308}
403	Г\u{301}
407	І\u{308}
40C	К\u{301}	И\u{300}	У\u{306}
419	И\u{306}
439	и\u{306}
450	е\u{300}	е\u{308}
453	г\u{301}
457	і\u{308}
45C	к\u{301}	и\u{300}	у\u{306}
476	Ѵ\u{30F}	ѵ\u{30F}
4C1	Ж\u{306}	ж\u{306}
4D0	А\u{306}	а\u{306}	А\u{308}	а\u{308}
4D6	Е\u{306}	е\u{306}
4DA	Ә\u{308}	ә\u{308}	Ж\u{308}	ж\u{308}	З\u{308}	з\u{308}
4E2	И\u{304}	и\u{304}	И\u{308}	и\u{308}	О\u{308}	о\u{308}
4EA	Ө\u{308}	ө\u{308}	Э\u{308}	э\u{308}	У\u{304}	у\u{304}	У\u{308}	у\u{308}	У\u{30B}	у\u{30B}	Ч\u{308}	ч\u{308}
4F8	Ы\u{308}	ы\u{308}
622	ا\u{653}	ا\u{654}	و\u{654}	ا\u{655}	ي\u{654}
6C0	ە\u{654}
6C2	ہ\u{654}
6D3	ے\u{654}
929	न\u{93C}
931	र\u{93C}
934	ळ\u{93C}
958	क\u{93C}	ख\u{93C}	ग\u{93C}	ज\u{93C}	ड\u{93C}	ढ\u{93C}	फ\u{93C}	य\u{93C}
9CB	\u{9C7}\u{9BE}	\u{9C7}\u{9D7}
9DC	ড\u{9BC}	ঢ\u{9BC}
9DF	য\u{9BC}
A33	ਲ\u{A3C}
A36	ਸ\u{A3C}
A59	ਖ\u{A3C}	ਗ\u{A3C}	ਜ\u{A3C}
A5E	ਫ\u{A3C}
B48	\u{B47}\u{B56}
B4B	\u{B47}\u{B3E}	\u{B47}\u{B57}
B5C	ଡ\u{B3C}	ଢ\u{B3C}
B94	ஒ\u{BD7}
BCA	\u{BC6}\u{BBE}	\u{BC7}\u{BBE}	\u{BC6}\u{BD7}
C48	\u{C46}\u{C56}
CC0	\u{CBF}\u{CD5}
CC7	\u{CC6}\u{CD5}	\u{CC6}\u{CD6}
CCA	\u{CC6}\u{CC2}	\u{CC6}\u{CC2}\u{CD5}
D4A	\u{D46}\u{D3E}	\u{D47}\u{D3E}	\u{D46}\u{D57}
DDA	\u{DD9}\u{DCA}
DDC	\u{DD9}\u{DCF}	\u{DD9}\u{DCF}\u{DCA}	\u{DD9}\u{DDF}
F43	ག\u{FB7}
F4D	ཌ\u{FB7}
F52	ད\u{FB7}
F57	བ\u{FB7}
F5C	ཛ\u{FB7}
F69	ཀ\u{FB5}
F73	\u{F71}\u{F72}
F75	\u{F71}\u{F74}	\u{FB2}\u{F80}
F78	\u{FB3}\u{F80}
F81	\u{F71}\u{F80}
F93	\u{F92}\u{FB7}
F9D	\u{F9C}\u{FB7}
FA2	\u{FA1}\u{FB7}
FA7	\u{FA6}\u{FB7}
FAC	\u{FAB}\u{FB7}
FB9	\u{F90}\u{FB5}
1026	ဥ\u{102E}
1B06	ᬅ\u{1B35}
1B08	ᬇ\u{1B35}
1B0A	ᬉ\u{1B35}
1B0C	ᬋ\u{1B35}
1B0E	ᬍ\u{1B35}
1B12	ᬑ\u{1B35}
1B3B	\u{1B3A}\u{1B35}
1B3D	\u{1B3C}\u{1B35}
1B40	\u{1B3E}\u{1B35}	\u{1B3F}\u{1B35}
1B43	\u{1B42}\u{1B35}
1E00	A\u{325}	a\u{325}	B\u{307}	b\u{307}	B\u{323}	b\u{323}	B\u{331}	b\u{331}	C\u{327}\u{301}	c\u{327}\u{301}	D\u{307}	d\u{307}	D\u{323}	d\u{323}	D\u{331}	d\u{331}	D\u{327}	d\u{327}	D\u{32D}	d\u{32D}	E\u{304}\u{300}	e\u{304}\u{300}	E\u{304}\u{301}	e\u{304}\u{301}	E\u{32D}	e\u{32D}	E\u{330}	e\u{330}	E\u{327}\u{306}	e\u{327}\u{306}	F\u{307}	f\u{307}	G\u{304}	g\u{304}	H\u{307}	h\u{307}	H\u{323}	h\u{323}	H\u{308}	h\u{308}	H\u{327}	h\u{327}	H\u{32E}	h\u{32E}	I\u{330}	i\u{330}	I\u{308}\u{301}	i\u{308}\u{301}	K\u{301}	k\u{301}	K\u{323}	k\u{323}	K\u{331}	k\u{331}	L\u{323}	l\u{323}	L\u{323}\u{304}	l\u{323}\u{304}	L\u{331}	l\u{331}	L\u{32D}	l\u{32D}	M\u{301}	m\u{301}	M\u{307}	m\u{307}	M\u{323}	m\u{323}	N\u{307}	n\u{307}	N\u{323}	n\u{323}	N\u{331}	n\u{331}	N\u{32D}	n\u{32D}	O\u{303}\u{301}	o\u{303}\u{301}	O\u{303}\u{308}	o\u{303}\u{308}	O\u{304}\u{300}	o\u{304}\u{300}	O\u{304}\u{301}	o\u{304}\u{301}	P\u{301}	p\u{301}	P\u{307}	p\u{307}	R\u{307}	r\u{307}	R\u{323}	r\u{323}	R\u{323}\u{304}	r\u{323}\u{304}	R\u{331}	r\u{331}	S\u{307}	s\u{307}	S\u{323}	s\u{323}	S\u{301}\u{307}	s\u{301}\u{307}	S\u{30C}\u{307}	s\u{30C}\u{307}	S\u{323}\u{307}	s\u{323}\u{307}	T\u{307}	t\u{307}	T\u{323}	t\u{323}	T\u{331}	t\u{331}	T\u{32D}	t\u{32D}	U\u{324}	u\u{324}	U\u{330}	u\u{330}	U\u{32D}	u\u{32D}	U\u{303}\u{301}	u\u{303}\u{301}	U\u{304}\u{308}	u\u{304}\u{308}	V\u{303}	v\u{303}	V\u{323}	v\u{323}	W\u{300}	w\u{300}	W\u{301}	w\u{301}	W\u{308}	w\u{308}	W\u{307}	w\u{307}	W\u{323}	w\u{323}	X\u{307}	x\u{307}	X\u{308}	x\u{308}	Y\u{307}	y\u{307}	Z\u{302}	z\u{302}	Z\u{323}	z\u{323}	Z\u{331}	z\u{331}	h\u{331}	t\u{308}	w\u{30A}	y\u{30A}
1E9B	ſ\u{307}
1EA0	A\u{323}	a\u{323}	A\u{309}	a\u{309}	A\u{302}\u{301}	a\u{302}\u{301}	A\u{302}\u{300}	a\u{302}\u{300}	A\u{302}\u{309}	a\u{302}\u{309}	A\u{302}\u{303}	a\u{302}\u{303}	A\u{323}\u{302}	a\u{323}\u{302}	A\u{306}\u{301}	a\u{306}\u{301}	A\u{306}\u{300}	a\u{306}\u{300}	A\u{306}\u{309}	a\u{306}\u{309}	A\u{306}\u{303}	a\u{306}\u{303}	A\u{323}\u{306}	a\u{323}\u{306}	E\u{323}	e\u{323}	E\u{309}	e\u{309}	E\u{303}	e\u{303}	E\u{302}\u{301}	e\u{302}\u{301}	E\u{302}\u{300}	e\u{302}\u{300}	E\u{302}\u{309}	e\u{302}\u{309}	E\u{302}\u{303}	e\u{302}\u{303}	E\u{323}\u{302}	e\u{323}\u{302}	I\u{309}	i\u{309}	I\u{323}	i\u{323}	O\u{323}	o\u{323}	O\u{309}	o\u{309}	O\u{302}\u{301}	o\u{302}\u{301}	O\u{302}\u{300}	o\u{302}\u{300}	O\u{302}\u{309}	o\u{302}\u{309}	O\u{302}\u{303}	o\u{302}\u{303}	O\u{323}\u{302}	o\u{323}\u{302}	O\u{31B}\u{301}	o\u{31B}\u{301}	O\u{31B}\u{300}	o\u{31B}\u{300}	O\u{31B}\u{309}	o\u{31B}\u{309}	O\u{31B}\u{303}	o\u{31B}\u{303}	O\u{31B}\u{323}	o\u{31B}\u{323}	U\u{323}	u\u{323}	U\u{309}	u\u{309}	U\u{31B}\u{301}	u\u{31B}\u{301}	U\u{31B}\u{300}	u\u{31B}\u{300}	U\u{31B}\u{309}	u\u{31B}\u{309}	U\u{31B}\u{303}	u\u{31B}\u{303}	U\u{31B}\u{323}	u\u{31B}\u{323}	Y\u{300}	y\u{300}	Y\u{323}	y\u{323}	Y\u{309}	y\u{309}	Y\u{303}	y\u{303}
1F00	α\u{313}	α\u{314}	α\u{313}\u{300}	α\u{314}\u{300}	α\u{313}\u{301}	α\u{314}\u{301}	α\u{313}\u{342}	α\u{314}\u{342}	Α\u{313}	Α\u{314}	Α\u{313}\u{300}	Α\u{314}\u{300}	Α\u{313}\u{301}	Α\u{314}\u{301}	Α\u{313}\u{342}	Α\u{314}\u{342}	ε\u{313}	ε\u{314}	ε\u{313}\u{300}	ε\u{314}\u{300}	ε\u{313}\u{301}	ε\u{314}\u{301}
1F18	Ε\u{313}	Ε\u{314}	Ε\u{313}\u{300}	Ε\u{314}\u{300}	Ε\u{313}\u{301}	Ε\u{314}\u{301}
1F20	η\u{313}	η\u{314}	η\u{313}\u{300}	η\u{314}\u{300}	η\u{313}\u{301}	η\u{314}\u{301}	η\u{313}\u{342}	η\u{314}\u{342}	Η\u{313}	Η\u{314}	Η\u{313}\u{300}	Η\u{314}\u{300}	Η\u{313}\u{301}	Η\u{314}\u{301}	Η\u{313}\u{342}	Η\u{314}\u{342}	ι\u{313}	ι\u{314}	ι\u{313}\u{300}	ι\u{314}\u{300}	ι\u{313}\u{301}	ι\u{314}\u{301}	ι\u{313}\u{342}	ι\u{314}\u{342}	Ι\u{313}	Ι\u{314}	Ι\u{313}\u{300}	Ι\u{314}\u{300}	Ι\u{313}\u{301}	Ι\u{314}\u{301}	Ι\u{313}\u{342}	Ι\u{314}\u{342}	ο\u{313}	ο\u{314}	ο\u{313}\u{300}	ο\u{314}\u{300}	ο\u{313}\u{301}	ο\u{314}\u{301}
1F48	Ο\u{313}	Ο\u{314}	Ο\u{313}\u{300}	Ο\u{314}\u{300}	Ο\u{313}\u{301}	Ο\u{314}\u{301}
1F50	υ\u{313}	υ\u{314}	υ\u{313}\u{300}	υ\u{314}\u{300}	υ\u{313}\u{301}	υ\u{314}\u{301}	υ\u{313}\u{342}	υ\u{314}\u{342}
1F59	Υ\u{314}
1F5B	Υ\u{314}\u{300}
1F5D	Υ\u{314}\u{301}
1F5F	Υ\u{314}\u{342}	ω\u{313}	ω\u{314}	ω\u{313}\u{300}	ω\u{314}\u{300}	ω\u{313}\u{301}	ω\u{314}\u{301}	ω\u{313}\u{342}	ω\u{314}\u{342}	Ω\u{313}	Ω\u{314}	Ω\u{313}\u{300}	Ω\u{314}\u{300}	Ω\u{313}\u{301}	Ω\u{314}\u{301}	Ω\u{313}\u{342}	Ω\u{314}\u{342}	α\u{300}	α\u{301}	ε\u{300}	ε\u{301}	η\u{300}	η\u{301}	ι\u{300}	ι\u{301}	ο\u{300}	ο\u{301}	υ\u{300}	υ\u{301}	ω\u{300}	ω\u{301}
1F80	α\u{313}\u{345}	α\u{314}\u{345}	α\u{313}\u{300}\u{345}	α\u{314}\u{300}\u{345}	α\u{313}\u{301}\u{345}	α\u{314}\u{301}\u{345}	α\u{313}\u{342}\u{345}	α\u{314}\u{342}\u{345}	Α\u{313}\u{345}	Α\u{314}\u{345}	Α\u{313}\u{300}\u{345}	Α\u{314}\u{300}\u{345}	Α\u{313}\u{301}\u{345}	Α\u{314}\u{301}\u{345}	Α\u{313}\u{342}\u{345}	Α\u{314}\u{342}\u{345}	η\u{313}\u{345}	η\u{314}\u{345}	η\u{313}\u{300}\u{345}	η\u{314}\u{300}\u{345}	η\u{313}\u{301}\u{345}	η\u{314}\u{301}\u{345}	η\u{313}\u{342}\u{345}	η\u{314}\u{342}\u{345}	Η\u{313}\u{345}	Η\u{314}\u{345}	Η\u{313}\u{300}\u{345}	Η\u{314}\u{300}\u{345}	Η\u{313}\u{301}\u{345}	Η\u{314}\u{301}\u{345}	Η\u{313}\u{342}\u{345}	Η\u{314}\u{342}\u{345}	ω\u{313}\u{345}	ω\u{314}\u{345}	ω\u{313}\u{300}\u{345}	ω\u{314}\u{300}\u{345}	ω\u{313}\u{301}\u{345}	ω\u{314}\u{301}\u{345}	ω\u{313}\u{342}\u{345}	ω\u{314}\u{342}\u{345}	Ω\u{313}\u{345}	Ω\u{314}\u{345}	Ω\u{313}\u{300}\u{345}	Ω\u{314}\u{300}\u{345}	Ω\u{313}\u{301}\u{345}	Ω\u{314}\u{301}\u{345}	Ω\u{313}\u{342}\u{345}	Ω\u{314}\u{342}\u{345}	α\u{306}	α\u{304}	α\u{300}\u{345}	α\u{345}	α\u{301}\u{345}
1FB6	α\u{342}	α\u{342}\u{345}	Α\u{306}	Α\u{304}	Α\u{300}	Α\u{301}	Α\u{345}
1FBE	ι
1FC1	¨\u{342}	η\u{300}\u{345}	η\u{345}	η\u{301}\u{345}
1FC6	η\u{342}	η\u{342}\u{345}	Ε\u{300}	Ε\u{301}	Η\u{300}	Η\u{301}	Η\u{345}	᾿\u{300}	᾿\u{301}	᾿\u{342}	ι\u{306}	ι\u{304}	ι\u{308}\u{300}	ι\u{308}\u{301}
1FD6	ι\u{342}	ι\u{308}\u{342}	Ι\u{306}	Ι\u{304}	Ι\u{300}	Ι\u{301}
1FDD	῾\u{300}	῾\u{301}	῾\u{342}	υ\u{306}	υ\u{304}	υ\u{308}\u{300}	υ\u{308}\u{301}	ρ\u{313}	ρ\u{314}	υ\u{342}	υ\u{308}\u{342}	Υ\u{306}	Υ\u{304}	Υ\u{300}	Υ\u{301}	Ρ\u{314}	¨\u{300}	¨\u{301}	`
1FF2	ω\u{300}\u{345}	ω\u{345}	ω\u{301}\u{345}
1FF6	ω\u{342}	ω\u{342}\u{345}	Ο\u{300}	Ο\u{301}	Ω\u{300}	Ω\u{301}	Ω\u{345}	´
2000	\u{2002}	\u{2003}
2126	Ω
212A	K	A\u{30A}
219A	←\u{338}	→\u{338}
21AE	↔\u{338}
21CD	⇐\u{338}	⇔\u{338}	⇒\u{338}
2204	∃\u{338}
2209	∈\u{338}
220C	∋\u{338}
2224	∣\u{338}
2226	∥\u{338}
2241	∼\u{338}
2244	≃\u{338}
2247	≅\u{338}
2249	≈\u{338}
2260	=\u{338}
2262	≡\u{338}
226D	≍\u{338}	<\u{338}	>\u{338}	≤\u{338}	≥\u{338}
2274	≲\u{338}	≳\u{338}
2278	≶\u{338}	≷\u{338}
2280	≺\u{338}	≻\u{338}
2284	⊂\u{338}	⊃\u{338}
2288	⊆\u{338}	⊇\u{338}
22AC	⊢\u{338}	⊨\u{338}	⊩\u{338}	⊫\u{338}
22E0	≼\u{338}	≽\u{338}	⊑\u{338}	⊒\u{338}
22EA	⊲\u{338}	⊳\u{338}	⊴\u{338}	⊵\u{338}
2329	〈	〉
2ADC	⫝\u{338}
304C	か\u{3099}
304E	き\u{3099}
3050	く\u{3099}
3052	け\u{3099}
3054	こ\u{3099}
3056	さ\u{3099}
3058	し\u{3099}
305A	す\u{3099}
305C	せ\u{3099}
305E	そ\u{3099}
3060	た\u{3099}
3062	ち\u{3099}
3065	つ\u{3099}
3067	て\u{3099}
3069	と\u{3099}
3070	は\u{3099}	は\u{309A}
3073	ひ\u{3099}	ひ\u{309A}
3076	ふ\u{3099}	ふ\u{309A}
3079	へ\u{3099}	へ\u{309A}
307C	ほ\u{3099}	ほ\u{309A}
3094	う\u{3099}
309E	ゝ\u{3099}
30AC	カ\u{3099}
30AE	キ\u{3099}
30B0	ク\u{3099}
30B2	ケ\u{3099}
30B4	コ\u{3099}
30B6	サ\u{3099}
30B8	シ\u{3099}
30BA	ス\u{3099}
30BC	セ\u{3099}
30BE	ソ\u{3099}
30C0	タ\u{3099}
30C2	チ\u{3099}
30C5	ツ\u{3099}
30C7	テ\u{3099}
30C9	ト\u{3099}
30D0	ハ\u{3099}	ハ\u{309A}
30D3	ヒ\u{3099}	ヒ\u{309A}
30D6	フ\u{3099}	フ\u{309A}
30D9	ヘ\u{3099}	ヘ\u{309A}
30DC	ホ\u{3099}	ホ\u{309A}
30F4	ウ\u{3099}
30F7	ワ\u{3099}	ヰ\u{3099}	ヱ\u{3099}	ヲ\u{3099}
30FE	ヽ\u{3099}
F900	豈	更	車	賈	滑	串	句	龜	龜	契	金	喇	奈	懶	癩	羅	蘿	螺	裸	邏	樂	洛	烙	珞	落	酪	駱	亂	卵	欄	爛	蘭	鸞	嵐	濫	藍	襤	拉	臘	蠟	廊	朗	浪	狼	郎	來	冷	勞	擄	櫓	爐	盧	老	蘆	虜	路	露	魯	鷺	碌	祿	綠	菉	錄	鹿	論	壟	弄	籠	聾	牢	磊	賂	雷	壘	屢	樓	淚	漏	累	縷	陋	勒	肋	凜	凌	稜	綾	菱	陵	讀	拏	樂	諾	丹	寧	怒	率	異	北	磻	便	復	不	泌	數	索	參	塞	省	葉	說	殺	辰	沈	拾	若	掠	略	亮	兩	凉	梁	糧	良	諒	量	勵	呂	女	廬	旅	濾	礪	閭	驪	麗	黎	力	曆	歷	轢	年	憐	戀	撚	漣	煉	璉	秊	練	聯	輦	蓮	連	鍊	列	劣	咽	烈	裂	說	廉	念	捻	殮	簾	獵	令	囹	寧	嶺	怜	玲	瑩	羚	聆	鈴	零	靈	領	例	禮	醴	隸	惡	了	僚	寮	尿	料	樂	燎	療	蓼	遼	龍	暈	阮	劉	杻	柳	流	溜	琉	留	硫	紐	類	六	戮	陸	倫	崙	淪	輪	律	慄	栗	率	隆	利	吏	履	易	李	梨	泥	理	痢	罹	裏	裡	里	離	匿	溺	吝	燐	璘	藺	隣	鱗	麟	林	淋	臨	立	笠	粒	狀	炙	識	什	茶	刺	切	度	拓	糖	宅	洞	暴	輻	行	降	見	廓	兀	嗀
FA10	塚
FA12	晴
FA15	凞	猪	益	礼	神	祥	福	靖	精	羽
FA20	蘒
FA22	諸
FA25	逸	都
FA2A	飯	飼	館	鶴	郞	隷	侮	僧	免	勉	勤	卑	喝	嘆	器	塀	墨	層	屮	悔	慨	憎	懲	敏	既	暑	梅	海	渚	漢	煮	爫	琢	碑	社	祉	祈	祐	祖	祝	禍	禎	穀	突	節	練	縉	繁	署	者	臭	艹	艹	著	褐	視	謁	謹	賓	贈	辶	逸	難	響	頻	恵	𤋮	舘
FA70	並	况	全	侀	充	冀	勇	勺	喝	啕	喙	嗢	塚	墳	奄	奔	婢	嬨	廒	廙	彩	徭	惘	慎	愈	憎	慠	懲	戴	揄	搜	摒	敖	晴	朗	望	杖	歹	殺	流	滛	滋	漢	瀞	煮	瞧	爵	犯	猪	瑱	甆	画	瘝	瘟	益	盛	直	睊	着	磌	窱	節	类	絛	練	缾	者	荒	華	蝹	襁	覆	視	調	諸	請	謁	諾	諭	謹	變	贈	輸	遲	醙	鉶	陼	難	靖	韛	響	頋	頻	鬒	龜	𢡊	𢡄	𣏕	㮝	䀘	䀹	𥉉	𥳐	𧻓	齃	龎
FB1D	י\u{5B4}
FB1F	ײ\u{5B7}
FB2A	ש\u{5C1}	ש\u{5C2}	ש\u{5BC}\u{5C1}	ש\u{5BC}\u{5C2}	א\u{5B7}	א\u{5B8}	א\u{5BC}	ב\u{5BC}	ג\u{5BC}	ד\u{5BC}	ה\u{5BC}	ו\u{5BC}	ז\u{5BC}
FB38	ט\u{5BC}	י\u{5BC}	ך\u{5BC}	כ\u{5BC}	ל\u{5BC}
FB3E	מ\u{5BC}
FB40	נ\u{5BC}	ס\u{5BC}
FB43	ף\u{5BC}	פ\u{5BC}
FB46	צ\u{5BC}	ק\u{5BC}	ר\u{5BC}	ש\u{5BC}	ת\u{5BC}	ו\u{5B9}	ב\u{5BF}	כ\u{5BF}	פ\u{5BF}
1109A	𑂙\u{110BA}
1109C	𑂛\u{110BA}
110AB	𑂥\u{110BA}
1112E	\u{11131}\u{11127}	\u{11132}\u{11127}
1134B	\u{11347}\u{1133E}	\u{11347}\u{11357}
114BB	\u{114B9}\u{114BA}	\u{114B9}\u{114B0}
114BE	\u{114B9}\u{114BD}
115BA	\u{115B8}\u{115AF}	\u{115B9}\u{115AF}
11938	\u{11935}\u{11930}
1D15E	𝅗\u{1D165}	𝅘\u{1D165}	𝅘\u{1D165}\u{1D16E}	𝅘\u{1D165}\u{1D16F}	𝅘\u{1D165}\u{1D170}	𝅘\u{1D165}\u{1D171}	𝅘\u{1D165}\u{1D172}
1D1BB	𝆹\u{1D165}	𝆺\u{1D165}	𝆹\u{1D165}\u{1D16E}	𝆺\u{1D165}\u{1D16E}	𝆹\u{1D165}\u{1D16F}	𝆺\u{1D165}\u{1D16F}
2F800	丽	丸	乁	𠄢	你	侮	侻	倂	偺	備	僧	像	㒞	𠘺	免	兔	兤	具	𠔜	㒹	內	再	𠕋	冗	冤	仌	冬	况	𩇟	凵	刃	㓟	刻	剆	割	剷	㔕	勇	勉	勤	勺	包	匆	北	卉	卑	博	即	卽	卿	卿	卿	𠨬	灰	及	叟	𠭣	叫	叱	吆	咞	吸	呈	周	咢	哶	唐	啓	啣	善	善	喙	喫	喳	嗂	圖	嘆	圗	噑	噴	切	壮	城	埴	堍	型	堲	報	墬	𡓤	売	壷	夆	多	夢	奢	𡚨	𡛪	姬	娛	娧	姘	婦	㛮	㛼	嬈	嬾	嬾	𡧈	寃	寘	寧	寳	𡬘	寿	将	当	尢	㞁	屠	屮	峀	岍	𡷤	嵃	𡷦	嵮	嵫	嵼	巡	巢	㠯	巽	帨	帽	幩	㡢	𢆃	㡼	庰	庳	庶	廊	𪎒	廾	𢌱	𢌱	舁	弢	弢	㣇	𣊸	𦇚	形	彫	㣣	徚	忍	志	忹	悁	㤺	㤜	悔	𢛔	惇	慈	慌	慎	慌	慺	憎	憲	憤	憯	懞	懲	懶	成	戛	扝	抱	拔	捐	𢬌	挽	拼	捨	掃	揤	𢯱	搢	揅	掩	㨮	摩	摾	撝	摷	㩬	敏	敬	𣀊	旣	書	晉	㬙	暑	㬈	㫤	冒	冕	最	暜	肭	䏙	朗	望	朡	杞	杓	𣏃	㭉	柺	枅	桒	梅	𣑭	梎	栟	椔	㮝	楂	榣	槪	檨	𣚣	櫛	㰘	次	𣢧	歔	㱎	歲	殟	殺	殻	𣪍	𡴋	𣫺	汎	𣲼	沿	泍	汧	洖	派	海	流	浩	浸	涅	𣴞	洴	港	湮	㴳	滋	滇	𣻑	淹	潮	𣽞	𣾎	濆	瀹	瀞	瀛	㶖	灊	災	灷	炭	𠔥	煅	𤉣	熜	𤎫	爨	爵	牐	𤘈	犀	犕	𤜵	𤠔	獺	王	㺬	玥	㺸	㺸	瑇	瑜	瑱	璅	瓊	㼛	甤	𤰶	甾	𤲒	異	𢆟	瘐	𤾡	𤾸	𥁄	㿼	䀈	直	𥃳	𥃲	𥄙	𥄳	眞	真	真	睊	䀹	瞋	䁆	䂖	𥐝	硎	碌	磌	䃣	𥘦	祖	𥚚	𥛅	福	秫	䄯	穀	穊	穏	𥥼	𥪧	𥪧	竮	䈂	𥮫	篆	築	䈧	𥲀	糒	䊠	糨	糣	紀	𥾆	絣	䌁	緇	縂	繅	䌴	𦈨	𦉇	䍙	𦋙	罺	𦌾	羕	翺	者	𦓚	𦔣	聠	𦖨	聰	𣍟	䏕	育	脃	䐋	脾	媵	𦞧	𦞵	𣎓	𣎜	舁	舄	辞	䑫	芑	芋	芝	劳	花	芳	芽	苦	𦬼	若	茝	荣	莭	茣	莽	菧	著	荓	菊	菌	菜	𦰶	𦵫	𦳕	䔫	蓱	蓳	蔖	𧏊	蕤	𦼬	䕝	䕡	𦾱	𧃒	䕫	虐	虜	虧	虩	蚩	蚈	蜎	蛢	蝹	蜨	蝫	螆	䗗	蟡	蠁	䗹	衠	衣	𧙧	裗	裞	䘵	裺	㒻	𧢮	𧥦	䚾	䛇	誠	諭	變	豕	𧲨	貫	賁	贛	起	𧼯	𠠄	跋	趼	跰	𠣞	軔	輸	𨗒	𨗭	邔	郱	鄑	𨜮	鄛	鈸	鋗	鋘	鉼	鏹	鐕	𨯺	開	䦕	閷	𨵷	䧦	雃	嶲	霣	𩅅	𩈚	䩮	䩶	韠	𩐊	䪲	𩒖	頋	頋	頩	𩖶	飢	䬳	餩	馧	駂	駾	䯎	𩬰	鬒	鱀	鳽	䳎	䳭	鵧	𪃎	䳸	𪄅	𪈎	𪊑	麻	䵖	黹	黾	鼅	鼏	鼖	鼻	𪘀
"""

    /// The ASCII letters a citation key spells each character with, where there are any.
    static let keyLetters = """
C0	A	A	A	A	A	A	AE	C	E	E	E	E	I	I	I	I
D1	N	O	O	O	O	O
D8	O	U	U	U	U	Y	Th	ss	a	a	a	a	a	a	ae	c	e	e	e	e	i	i	i	i
F1	n	o	o	o	o	o
F8	o	u	u	u	u	y	th	y	A	a	A	a	A	a	C	c	C	c	C	c	C	c	D	d	D	d	E	e	E	e	E	e	E	e	E	e	G	g	G	g	G	g	G	g	H	h
128	I	i	I	i	I	i	I	i	I	i
134	J	j	K	k
139	L	l	L	l	L	l
141	L	l	N	n	N	n	N	n
14C	O	o	O	o	O	o	OE	oe	R	r	R	r	R	r	S	s	S	s	S	s	S	s	T	t	T	t
168	U	u	U	u	U	u	U	u	U	u	U	u	W	w	Y	y	Y	Z	z	Z	z	Z	z
1A0	O	o
1AF	U	u
1CD	A	a	I	i	O	o	U	u	U	u	U	u	U	u	U	u
1DE	A	a	A	a
1E6	G	g	K	k	O	o	O	o
1F0	j
1F4	G	g
1F8	N	n	A	a
200	A	a	A	a	E	e	E	e	I	i	I	i	O	o	O	o	R	r	R	r	U	u	U	u	S	s	T	t
21E	H	h
226	A	a	E	e	O	o	O	o	O	o	O	o	Y	y
37A	i
37E	;
386	A
388	E	E	I
38C	O
38E	Y	O	i	A	B	G	D	E	Z	E	TH	I	K	L	M	N	X	O	P	R
3A3	S	T	Y	PH	CH	PS	O	I	Y	a	e	e	i	y	a	b	g	d	e	z	e	th	i	k	l	m	n	x	o	p	r	s	s	t	y	ph	ch	ps	o	i	y	o	y	o
3D0	b	th	Y	Y	Y	ph	p
3F0	k	r	s	j	TH	e
3F7	S	s	S	S	s
400	E	E
403	G	E	Z	I	I	J	L	N	C	K	I	U	D	A	B	V	G	D	E	Z	Z	I	I	K	L	M	N	O	P	R	S	T	U	F	H	C	C	S	S
42B	Y
42D	E	U	A	a	b	v	g	d	e	z	z	i	i	k	l	m	n	o	p	r	s	t	u	f	h	c	c	s	s
44B	y
44D	e	u	a	e	e
453	g	e	z	i	i	j	l	n	c	k	i	u	d
490	G	g	G	g	G	g
498	Z	z	K	k
4A2	N	n
4AE	U	u	U	u
4BA	H	h
4C1	Z	z
4D0	A	a	A	a
4D6	E	e
4DC	Z	z	Z	z
4E2	I	i	I	i	O	o	O	o	O	o	E	e	U	u	U	u	U	u	C	c
4F8	Y	y
531	A	B	G	D	E	Z	E
539	T	Z	I	L	X	C	K	H	J	G	C	M	Y	N	S	O	C	P	J	R	S	V	T	R	C	W	P	K	O	F
55D	,	?
561	a	b	g	d	e	z	e
569	t	z	i	l	x	c	k	h	j	g	c	m	y	n	s	o	c	p	j	r	s	v	t	r	c	w	p	k	o	f	ev
5B0	e	e	a	o	i	e	e	a	a	o
5BB	u
5BE	-
5D1	b	g	d	h	w	z	h	t	y	k	k	l	m	m	n	n	s
5E3	p	p	z	z	q	r	s	t
5F0	ww	wy	yy
622	a	a	w	a	y	a	b	t	t	th	j	h	kh	d	dh	r	z	s	sh	s	d	t	z
63A	gh
641	f	q	k	l	m	n	h	w	y	y
660	0	1	2	3	4	5	6	7	8	9	%	,	.
675	a	w
678	y	t	th	b	t	t	p	th	bh	dz
683	n	j	ts	ch	ch	d	d	d
68C	dh	dh
68F	d
691	r
693	r
696	zh
698	zh	r	s
6A4	v
6A6	ph
6A9	k	k	g
6AD	ng
6AF	g
6B1	n
6B3	g
6BB	n	n
6C0	h	h	h	h
6CB	v	y	ay
6D0	e
6D2	ai	ai	.	h
6F0	0	1	2	3	4	5	6	7	8	9
6FD	&	mn
70D	*
712	b	g	g	d	dr	h	w	z	h	t	t	y	yh	k	l	m	n	s	s
726	p	p	s	q	r	sh	t
730	a	a	a	o	o	a	e	e	e	e	i	i	u	u	u	o
742	i
780	h	s	n	r	b	l	k
788	v	m	f	d	t	l	g	n	s	d	z	t	y	p	j	c	tt	h	kh	dh
79D	s	s	d	t
7A3	g	q
7A6	a	a	i	i	u	u	e	e	o	o
901	m	m	h
905	a	a	i	i	u	u	r	l	e	e	e	ai	o	o	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na	na	pa	pha	ba	bha	ma	ya	ra	ra	la	la	la	va	sa	sa	sa	ha
93E	a	i	i	u	u	r	r	e	e	e	ai	o	o	o	au
950	'om
958	qa	kha	ga	za	ra	rha	fa	ya	r	l	l	l
966	0	1	2	3	4	5	6	7	8	9	.
981	m	m	h
985	a	a	i	i	u	u	r	l
98F	e	ai
993	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na
9AA	pa	pha	ba	bha	ma	ya	ra
9B2	la
9B6	sa	sa	sa	ha
9BE	a	i	i	u	u	r	r
9C7	e	ai
9CB	o	au
9CE	t
9DC	ra	rha
9DF	ya	r	l	l	l
9E6	0	1	2	3	4	5	6	7	8	9	ra	ra
A01	m	m
A05	a	a	i	i	u	u
A0F	e	ai
A13	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na
A2A	pa	pha	ba	bha	ma	ya	ra
A32	la	la
A35	va	sa
A38	sa	ha
A3E	a	i	i	u	u
A47	e	ai
A4B	o	au
A59	kha	ga	za	ra
A5E	fa
A66	0	1	2	3	4	5	6	7	8	9
A81	m	m	h
A85	a	a	i	i	u	u	r	l	e
A8F	e	ai	o
A93	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na
AAA	pa	pha	ba	bha	ma	ya	ra
AB2	la	la
AB5	va	sa	sa	sa	ha
ABE	a	i	i	u	u	r	r	e
AC7	e	ai	o
ACB	o	au
AD0	'om
AE0	r	l
AE6	0	1	2	3	4	5	6	7	8	9
B01	m	m	h
B05	a	a	i	i	u	u	r	l
B0F	e	ai
B13	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na
B2A	pa	pha	ba	bha	ma	ya	ra
B32	la	la
B35	va	sa	sa	sa	ha
B3E	a	i	i	u	u	r
B47	e	ai
B4B	o	au
B5C	ra	rha
B5F	ya	r	l
B66	0	1	2	3	4	5	6	7	8	9
B71	wa
B82	m	h
B85	a	a	i	i	u	u
B8E	e	e	ai
B92	o	o	au	ka
B99	na	ca
B9C	ja
B9E	na	ta
BA3	na	ta
BA8	na	na	pa
BAE	ma	ya	ra	ra	la	la	la	va	sa	sa	sa	ha
BBE	a	i	i	u	u
BC6	e	e	ai
BCA	o	o	au
BE6	0	1	2	3	4	5	6	7	8	9	10	100	1000
C01	m	m	h
C05	a	a	i	i	u	u	r	l
C0E	e	e	ai
C12	o	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na
C2A	pa	pha	ba	bha	ma	ya	ra	ra	la	la
C35	va	sa	sa	sa	ha
C3E	a	i	i	u	u	r	r
C46	e	e	ai
C4A	o	o	au
C60	r	l
C66	0	1	2	3	4	5	6	7	8	9
C82	m	h
C85	a	a	i	i	u	u	r	l
C8E	e	e	ai
C92	o	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na
CAA	pa	pha	ba	bha	ma	ya	ra	ra	la	la
CB5	va	sa	sa	sa	ha
CBE	a	i	i	u	u	r	r
CC6	e	e	ai
CCA	o	o	au
CDE	la
CE0	r	l
CE6	0	1	2	3	4	5	6	7	8	9
D02	m	h
D05	a	a	i	i	u	u	r	l
D0E	e	e	ai
D12	o	o	au	ka	kha	ga	gha	na	ca	cha	ja	jha	na	ta	tha	da	dha	na	ta	tha	da	dha	na
D2A	pa	pha	ba	bha	ma	ya	ra	ra	la	la	la	va	sa	sa	sa	ha
D3E	a	i	i	u	u	r
D46	e	e	ai
D4A	ea	ea	e
D60	r	l
D66	0	1	2	3	4	5	6	7	8	9
D7A	n	n	r	l	l
E01	k	kh	kh	kh	kh	kh	ng	c	ch	ch	s	ch	y	d	t	th	th	th	n	d	t	th	th	th	n	b	p	ph	f	ph	f	ph	m	y	r	v	l
E27	w	s	s	s	h	l	x	h
E30	a	a	a	a	i	i	u	u	u	u
E40	e
E42	o
E44	i
E4E	~
E50	0	1	2	3	4	5	6	7	8	9	||
1000	k	hk	g	gh	ng	hc	s	j	jh	ny	ny	t	ht	d	dh	n	t	ht	d	dh	n	p	hp	b	bh	m	y	r	l	w	s	h	l	a
1023	i	i	u	u	e
1029	au	au	ar	ar	i	e	u	uu	ay	ell
1036	an
103B	ya	ya	w	ha	s	0	1	2	3	4	5	6	7	8	9	,	.
104F	eat
10D0	a	b	g	d	e	v	z	t	i	k	l	m	n	o	p	zh	r	s	t	u	p	k	gh	q	sh	ch	ts	dz	ts	ch	kh	j	h
10F3	ui	q
1100	g	kk	n	d	tt	l	m	b	pp	s	ss
110C	j	jj	ch	k	t	p	h
1161	a	ae	ya	yae	eo	e	yeo	ye	o	wa	wae	oe	yo	u	wo	we	wi	yu	eu	ui	i
11A8	g	kk	gs	n	nj	nh	d	l	lg	lm	lb	ls	lt	lp	lh	m	b	bs	s	ss	ng	j	ch	k	t	p	h
1200	ha	hu	hi	ha	he	h	ho
1208	la	lu	li	la	le	l	lo	la	ha	hu	hi	ha	he	h	ho	ha	ma	mu	mi	ma	me	m	mo	ma	sa	su	si	sa	se	s	so	sa	ra	ru	ri	ra	re	r	ro	ra	sa	su	si	sa	se	s	so	sa	sa	su	si	sa	se	s	so	sa	qa	qu	qi	qa	qe	q	qo
1248	qa
124A	q	qa	qe	qi
1250	qa	qu	qi	qa	qe	q	qo
1258	qa
125A	qi	qa	qe	q
1260	ba	bu	bi	ba	be	b	bo	ba	va	vu	vi	va	ve	v	vo	va	ta	tu	ti	ta	te	t	to	ta	ca	cu	ci	ca	ce	c	co	ca	ha	hu	hi	ha	he	h	ho
1288	ha
128A	hi	ha	he	h
1290	na	nu	ni	na	ne	n	no	na	na	nu	ni	na	ne	n	no	na	a	u	i	a	e
12A6	o	a	ka	ku	ki	ka	ke	k	ko
12B0	ka
12B2	ki	ka	ke	k
12B8	ka	ku	ki	ka	ke	k	ko
12C0	ka
12C2	ki	ka	ke	k
12C8	wa	wu	wi	wa	we	w	wo
12D0	a	u	i	a	e
12D6	o
12D8	za	zu	zi	za	ze	z	zo	za	za	zu	zi	za	ze	z	zo	za	ya	yu	yi	ya	ye	y	yo
12F0	da	du	di	da	de	d	do	da
1300	ga	gu	gi	ga	ge	g	go	ga	ga	gu	gi	ga	ge	g	go
1310	ga
1312	gi	ga	ge	g
1318	a	u	i	a	e
131E	o	a	ta	tu	ti	ta	te	t	to	ta	ca	cu	ci	ca	ce	c	co	ca	pa	pu	pi	pa	pe	p	po	pa	sa	su	si	sa	se	s	so	sa	da	du	di	da	de	d	do
1348	fa	fu	fi	fa	fe	f	fo	fa	pa	pu	pi	pa	pe	p	po	pa	rya	mya	fya
1361	\u{20}:\u{20}	.	,	;	,	:-
1369	1	2	3	4	5	6	7	8	9	10	20	30	40	50	60	70	80	90	100	10,000
1E00	A	a	B	b	B	b	B	b	C	c	D	d	D	d	D	d	D	d	D	d	E	e	E	e	E	e	E	e	E	e	F	f	G	g	H	h	H	h	H	h	H	h	H	h	I	i	I	i	K	k	K	k	K	k	L	l	L	l	L	l	L	l	M	m	M	m	M	m	N	n	N	n	N	n	N	n	O	o	O	o	O	o	O	o	P	p	P	p	R	r	R	r	R	r	R	r	S	s	S	s	S	s	S	s	S	s	T	t	T	t	T	t	T	t	U	u	U	u	U	u	U	u	U	u	V	v	V	v	W	w	W	w	W	w	W	w	W	w	X	x	X	x	Y	y	Z	z	Z	z	Z	z	h	t	w	y
1EA0	A	a	A	a	A	a	A	a	A	a	A	a	A	a	A	a	A	a	A	a	A	a	A	a	E	e	E	e	E	e	E	e	E	e	E	e	E	e	E	e	I	i	I	i	O	o	O	o	O	o	O	o	O	o	O	o	O	o	O	o	O	o	O	o	O	o	O	o	U	u	U	u	U	u	U	u	U	u	U	u	U	u	Y	y	Y	y	Y	y	Y	y
1F00	a	a	a	a	a	a	a	a	A	A	A	A	A	A	A	A	e	e	e	e	e	e
1F18	E	E	E	E	E	E
1F20	e	e	e	e	e	e	e	e	E	E	E	E	E	E	E	E	i	i	i	i	i	i	i	i	I	I	I	I	I	I	I	I	o	o	o	o	o	o
1F48	O	O	O	O	O	O
1F50	y	y	y	y	y	y	y	y
1F59	Y
1F5B	Y
1F5D	Y
1F5F	Y	o	o	o	o	o	o	o	o	O	O	O	O	O	O	O	O	a	a	e	e	e	e	i	i	o	o	y	y	o	o
1F80	a	a	a	a	a	a	a	a	A	A	A	A	A	A	A	A	e	e	e	e	e	e	e	e	E	E	E	E	E	E	E	E	o	o	o	o	o	o	o	o	O	O	O	O	O	O	O	O	a	a	a	a	a
1FB6	a	a	A	A	A	A	A
1FBE	i
1FC2	e	e	e
1FC6	e	e	E	E	E	E	E
1FD0	i	i	i	i
1FD6	i	i	I	I	I	I
1FE0	y	y	y	y	r	r	y	y	Y	Y	Y	Y	R
1FEF	`
1FF2	o	o	o
1FF6	o	o	O	O	O	O	O
2126	O
212A	K	A
2260	=
226E	<	>
2D93	a	i	e
2E80	you	chang	ya	yin	ya	ren	jiong
2E88	dao	dao	bo	jie	xiao	xiao	wu	wang	wang	wu	si	yao	ji	ji	xin	xin	shou	pu
2E9B	ri	ri	yue	dai	mu	min	shui	shui	biao	zhao	zhao	qiang	niu	quan
2EAB	mu	shi	shi	shi	si	si	gang	wang
2EB4	wang
2EB6	ren	ren
2EB9	lao	yu	yu	rou	ju	cao	cao	cao	hu	yi	xi	xi	jian
2EC8	yan	bei
2ECB	che	chuo	chuo	chuo	fu	jin	chang	chang	zhang	men
2ED6	fu	yu	qing	wei	ye	feng	fei	shi
2EDF	shi	shi
2EE2	ma	gu	gui	yu	niao	lu	mai	huang	min	qi	qi	chi	chi	long	long	gui	gui	gui
2F00	yi	gun	zhu	pie	yi	jue	er	tou	ren	er	ru	ba	jiong	mi	bing	ji	qian	dao	li	bao	bi	fang	xi	shi	bo	jie	chang	si	you	kou	wei	tu	shi	zhi	sui	xi	da	nu	zi	mian	cun	xiao	wang	shi	che	shan	chuan	gong	ji	jin	gan	yao	guang	yin	gong	yi	gong	ji	shan	chi	xin	ge	hu	shou	zhi	pu	wen	dou	jin	fang	wu	ri	yue	yue	mu	qian	zhi	dai	shu	wu	bi	mao	shi	qi	shui	huo	zhao	fu	yao	pan	pian	ya	niu	quan	xuan	yu	gua	wa	gan	sheng	yong	tian	pi	ne	bo	bai	pi	min	mu	mao	shi	shi	shi	rou	he	xue	li	zhu	mi	mi	fou	wang	yang	yu	lao	er	lei	er	yu	rou	chen	zi	zhi	jiu	she	chuan	zhou	gen	se	cao	hu	chong	xue	xing	yi	ya	jian	jiao	yan	gu	dou	shi	zhi	bei	chi	zou	zu	shen	che	xin	chen	chuo	yi	you	bian	li	jin	zhang	men	fu	li	zhui	yu	qing	fei	mian	ge	wei	jiu	yin	ye	feng	fei	shi	shou	xiang	ma	gu	gao	biao	dou	chang	ge	gui	yu	niao	lu	lu	mai	ma	huang	shu	hei	zhi	mian	ding	gu	shu	bi	qi	chi	long	gui	yue
3007	ling
3038	shi	nian	sa
3041	~a	a	~i	i	~u	u	~e	e	~o	o	ka	ga	ki	gi	ku	gu	ke	ge	ko	go	sa	za	shi	ji	su	zu	se	ze	so	zo	ta	da	chi	dji	~tsu	tsu	dzu	te	de	to	do	na	ni	nu	ne	no	ha	ba	pa	hi	bi	pi	fu	bu	pu	he	be	pe	ho	bo	po	ma	mi	mu	me	mo	~ya	ya	~yu	yu	~yo	yo	ra	ri	ru	re	ro	~wa	wa	wi	we	wo	n	vu
30A1	~a	a	~i	i	~u	u	~e	e	~o	o	ka	ga	ki	gi	ku	gu	ke	ge	ko	go	sa	za	shi	ji	su	zu	se	ze	so	zo	ta	da	chi	dji	~tsu	tsu	dzu	te	de	to	do	na	ni	nu	ne	no	ha	ba	pa	hi	bi	pi	fu	bu	pu	he	be	pe	ho	bo	po	ma	mi	mu	me	mo	~ya	ya	~yu	yu	~yo	yo	ra	ri	ru	re	ro	~wa	wa	wi	we	wo	n	vu	~ka	~ke	va	vi	ve	vo
3105	b	p	m1	f	d	t	n1	l	g	k	h	j	q	x	zhi1	chi1	shi1	ri1	zi1	ci1	si1	a1	o1	e1	eh1	ai1	ei1	ao1	ou1	an1	en1	ang1	eng1	er1	yi1	wu1	yu1
3131	g	kk	gs	n	nj	nh	d	tt	l	lg	lm	lb	ls	lt	lp
3141	m	b	pp
3145	s	ss
3148	j	jj	ch	k	t	p	h	a	ae	ya	yae	eo	e	yeo	ye	o	wa	wae	oe	yo	u	wo	we	wi	yu	eu	ui	i
3200	(g)	(n)	(d)	(l)	(m)	(b)	(s)	()	(j)	(ch)	(k)	(t)	(p)	(h)	(ga)	(na)	(da)	(la)	(ma)	(ba)	(sa)	(a)	(ja)	(cha)	(ka)	(ta)	(pa)	(ha)	(ju)
3260	g	n	d	l	m	b	s
3268	j	ch	k	t	p	h	ga	na	da	la	ma	ba	sa	a	ja	cha	ka	ta	pa	ha
3400	qiu	tian
3404	kua	wu	yin
340C	yi
3416	xie
341C	chou
3421	nuo
3424	dan
3428	xu	xing
342B	xiong	liu	lin	xiang	yong	xin	zhen	dai	wu	pan	ru
3437	ma	qian	yi	yin	nei	cheng	feng
3441	zhuo	fang	ao	wu	zuo
3447	zhou	dong	su	yi	qiong	kuang	lei	nao	zhu	shu
3454	xu
3457	shen	jie	die	nuo	su	yi	long	ying	beng
3463	lan	miao	yi	li	ji	yu	luo	chai
346E	hun	xu	hui	rao
3473	zhou
3475	han	xi	tai	yao	hui	jun	ma	lue	tang	yao	zhao	zhai	yu	zhuo	er	ran	qi	chi	wu	han	tang	se	si	qiong	lei	sa
3491	kui	pu	ta	shu	yang	ou	tai
3499	mian	yin	diao	yu	mie	jun	niao	xie	you
34A4	che	feng	lei	li
34A9	luo
34AB	ji
34B0	quan
34B2	cai	liang	gu	mao
34B7	gua	sui
34BB	mao	man	quan	shi	li
34C1	wang	kou	du	zhen	ting
34C8	bing	huo	dong	gong	cheng
34CE	qin	jiong	lu	xing
34D3	nan	xie
34D6	bi	jie	su
34DA	gong
34DC	you	xing	qia	pi	dian	fu	luo	qia	qia	tang	bai	gan	ci	xuan	lang
34ED	she	diao	li	hua	tou	pian	di	ruan	e	qie	yi	zhuo	rui	jian
34FC	chi	chong	xi
3500	lue	deng	lin	jue	su	xiao	zan
3509	zhu	zhan	jian	zou	chua	xie	li
3511	chi	xi	jian
3515	ji
3517	fei	chu	beng	jie
351C	ba	liang	kuai
3520	xia	bie	jue	lei	xin	bai	yang	lu	bei	e	lu
352D	che	nuo	xuan	heng	yu
3533	gui	yi	xuan	gong	lou	ti	le	shi
353C	sun	yao	xian	zou
3541	que	yin	xi	zhi	jia	hu	la	yi	ke	fu	qin	ai
354E	ke	chu	xie	chu	wei
3555	huan	su	you
3559	jun	zhao	xu	shi
355E	shua	kui	shuang	he	gai	yan	qiu	shen	hua	xi	fan	pang	dan	fang	gong	ao	fu	ne	xue	you	hua
3574	chen	guo	n	hua	li	fa	xiao	pou
357D	si
3580	le	lin	yi	hou
3585	xu	qu	er
358A	xun
358F	nie	wei	xie	ti	hong	tun	nie	nie	yin	zhen
359E	wai	shou	nuo	ye	qi	tou	han	jun	dong	hun	lu	ju	huo	ling
35AD	tian	lun
35B5	ge	yan	shi	xue	pen	chun	niu	duo	ze	e	xie	you	e	sheng	wen	ku	hu	ge	xia	man	lue	ji	hou	zhi
35CF	wai
35D1	bai	ai	zhui	qian	gou	dan	bei	bo	chu	li	xiao	xiu
35E2	hong	ti	cu	kuo	lao	zhi	xie	xi
35EB	qie	zha	xi
35F0	cong	ji	huo	ta	yan	xu	po	sai
35FB	guo	ye	xiang	xue	he	zuo	yi	ci
3604	leng	xian	tai	rong	yi	zhi	xi	xian	ju	ji	han
3610	pao	li
3613	lan	sai	han	yan	qu
3619	yan	han	kan	chi	nie	huo
3620	bi	xia	weng	xuan	wan	you	qin	xu	nie	bi	hao	jing	ao	ao
3630	zhen	tan	ju
3634	zuo	bu	jie	ai	zang	ci	fa
363F	nie	liu	mei	dui	bang	bi	bao
3647	chu	xia	tian	chang
364D	duo	wei	fu	duo	yu	ye	kui	wei	kuai
3657	wei	yao	long	xing	bu	chi	xie	nie	lang	yi	zong	man	zhang	xia	gun	xie
3668	ji	liao	yi	ji	yin
366E	da	yi	xie	hao	yong	kan	chan	tai	tang	zhi	bao	meng	kui	chan	lei
367E	xi
3680	xi	qiao	nang	yun
3685	long	fu	zong
3689	gu	kai	diao	hua	kui
368F	gao	tao
3692	shan	lai	nie	fu	gao	qie	ban	jia	kong	xi	yu	zhui	shen	chuo	xiao	ji	nu	xiao	yi	yu	yi	yan	shen	ran	hao	sa	jun	you
36AF	xin	pei	qiu	chan
36B4	bu	dong	si	er
36B9	mao	yun	ji
36BD	qiao	xiong	pao	chu	peng	nuo	jie	yi	er	duo
36CA	duo
36CD	qie	lu	qiu	sou	can	dou	xi	feng	yi	suo	qie	po	xin	tong	xin	you	bei	long
36E3	yun	li	ta	lan	man	qiang	zhou	yan	xi	lu	xi	sao	fan
36F1	wei	fa	yi	nao	cheng	tan	ji	shu	pian	an	kua	cha
36FE	xian	zhi
3702	feng	lian	xun	xu	mi	hui	mu	yong	zhan	yi	nou	tang	xi	yun	shu	fu	yi	da
3715	lian	cao	can	ju	lu	su	nen	ao	an	qian
3720	cui	cong
3723	ran	nian	mai	xin	yue	nai	ao	shen	ma
372E	lan	xi	yue	zhi	weng	huai	meng	niao	wan	mi	nie	qu	zan	lian	zhi	zi	hai	xu	hao	xuan	zhi	mian	chun	gou
3747	chun	luan	zhu	shou	liao	jiu	xie	ding	jie	rong	mang
3753	ke	yao	ning	yi	lang	yong	yin	yan	su
375D	lin	ya	mao	ming	zui	yu	yi	gou	mi	jun	wen
3769	kang	dian	long
376D	xing	cui	qiao	mian	meng	qin
3774	wan	de	ai
3778	bian	nou	lian	jin	yu	chui	zuo	bo	hui	yao	tui	ji	an	luo	ji	wei	bo	za	xu	nian	yun
378E	ba	zhe	ju	wei	xie	qi	yi	xie	ci	qiu	du	niao	qi	ji	tui
379E	song	dian	lao	zhan
37A4	yin	cen	ji	hui	zi	lan	nao	ju	qin	dai
37AF	jie	xu	cong	yong	dou	chi
37B6	min	huang	sui	ke	zu	hao	cheng	xue	ni	chi	lian	an	mu	si	xiang	yang	hua	cuo	qiu	lao	fu	dui	mang	lang	tuo	han	mang	bo	qun	qi	han
37D6	long	bin	tiao	ze	qi	zan	mi	pei	zhan	xiang	gang
37E2	qi
37E4	lu	cen	yun	e	duan	min	wei	quan	sou	min	tu
37F0	ming	yao	jue	li	kuai	gang	yuan	da
37F9	lao	lou	qian	ao	biao	yong	mang	dao
3802	ao
3804	xi	fu	dan	jiu	run	tong	qu	e	qi	ji	ji	hua	jiao	zui	biao	meng	bai	wei	yi	ao	yu	hao	dui	wo	ni	cuan
381F	li	lu	niao	huai	li
3825	lu	feng	mi	yu
382A	ju
382D	zhan	peng	yi
3831	ji	bi
3834	ren	huang	fan	ge	ku	jie	sha
383C	si	tong	yuan	zi	bi	kua	li	huang	xun	nuo
3847	zhe	wen	xian	qia	ye	mao
384E	shan	shu
3851	qiao	zhun	kun	wu	ying	chuang	ti	lian	bi	gou	mang	xie	feng	lou	zao	zheng	chu	man	long
3865	yin	pin	zheng	jian	luan	nie	yi
386D	ji	ji	zhai	yu	jiu	huan	zhi	la	ling	zhi	ben	zha	ju	dan	liao	yi	zhao	xian	chi	ci	chi	yan	lang	dou	long	chan
3888	tui	cha	ai	chi
388D	ying	zhe	tou
3891	tui	cha	yao	zong
3896	pan	qiao	lian	qin	lu	yan	kang	su	yi	chan	jiong	jiang
38A3	jing
38A5	dong
38A7	juan	han	di
38AC	hong
38AE	chi	diao	bi
38B2	xun	lu
38B5	xie	bi
38B8	bi
38BA	xian	rui	bie	er	juan
38C0	zhen	bei	e	yu	qu	zan	mi	yi	si
38CC	shan	tai	mu	jing	bian	rong	ceng	can	ding
38D9	di	tong	ta	xing	song	duo	xi	tao
38E2	ti	shan	jian	zhi	wei	yin
38EA	huan	zhong	qi	zong
38EF	xie	xie	ze	wei
38F5	ta	zhan	ning
38FA	xin	yi	ren	shu	cha	zhuo
3901	mian	ji	fang	pei	ai	fan	ao	qin	qia	xiao	fen	gan	qiao	ge	tong	chan	you	gao	ben	fu	chu	zhu
3918	zhou
391A	hang	nin	jue	chong	cha	kong	lie	li	yu
3924	yu	hai	li	hou	gong	ke	yuan	de	hui	jiao	guang	jiong	zuo	fu	qie	bei	che	ci	mang	han	xi	qiu	huang
393D	chou	san	yan	zhi	de	te	men	ling	shou	tui	can	die	che	peng	yi	ju	ji	lai	tian	yuan
3952	cai	qi	yu	lian	cong
395A	yu	ji	wei	mi	sui	xie	xu	chi	qiu	hui
3965	yu	qie	shun	shui	duo	lou
396C	pang	tai	zhou	yin	sao	fei	chen	yuan	yi	hun	se	ye	min	fen	he
397C	yin	ce	ni	ao	feng	lian	chang	chan	ma	die	hu	lu	ai	yi	hua	zha	hu	e	huo	sun	ni	xian	li	xian	yan	long	men	jin	ji
399A	bian	yu	huo	miao	chou	mai
39A1	le	jie	wei	yi	xuan	xi	can	lan	yin	xie	za	luo	ling	qian	huo	jian	wo
39B4	ge	zhu	die	yong	ji	yang	ru	xi	shuang	yu	yi	qian	ji	qu	tian	shou	qian	mu	jin	mao	yin	gai	po	xuan	mao	fang	ya	gang	song	hui	yu	gua	guai	liu	e	zi	zi	bi	wa	lan	lie
39DF	kuai
39E1	hai	yin	zhu	chong	xian	xuan
39E8	qiu	pei	gui	er	gong	qiong	hu	lao	li	chen	san	zhuo	wo	pou	keng	tun	peng	te	ta	zhuo	biao	gu	hu
3A00	bing	zhi	dong	dui	zhou	nei	lin	po	ji	min	wei	che	gou	bang	ru	tan	bu	zong	kui	lao	han	ying	zhi	jie	xing	xie	xun	shan	qian	xie	su	hai	mi	hun	pi
3A24	hui	na	song	ben	chou	jie	huang	lan
3A2D	hu	dou	huo	gun	yao	ce	gui	jian	jian	dao	jin	ma	hui	mian	can	lue	pi	yang	ju	ju	que
3A43	qian	shai
3A46	jiu	huo	yun	da	xuan	xiao	fei	ce	ye
3A50	den
3A52	qin	hui	tun
3A56	qiang	xi	ni	sai	meng	tuan	lan	hao	ci	zhai	ao	luo	mie
3A64	fu
3A66	xie	bo	hui	qing	xie
3A6D	bo	qian	po	jiao	jue	kun	song	ju	e	nie	qian	die	die
3A7B	qi	zhi	qi	zhui	ku	yu	qin	ku	he	fu	geng	di	xian	gui	he	qun	han	tong	bo	shan	bi	lu	ye	ni	chuai	san	diao	lu	tou	lian	ke	san	zhen	chuai	lian	mao
3AA0	qian	kai	shao	xiao	bi	zha	yin	xi	shan	su	sa	rui	chuo	lu	ling	cha
3AB1	huan
3AB4	jia	ban	hu	dou
3AB9	lou	ju	juan	ke	suo	luo	zhe	ding	duan	zhu	yan	pang	cha
3ACA	yi
3ACD	you	hui	yao	yao	zhi	gong	qi	gen
3AD7	hou	mi	fu	hu	guang	tan	di
3ADF	yan
3AE2	qu
3AE4	chang	ming	tao	bao	an
3AEB	xian
3AEF	mao	lang	nan	bei	chen
3AF5	fei	zhou	ji	jie	shu
3AFB	kun	die	lu
3B02	yu	tai	chan	man	min	huan	wen	nuan	huan	hou	jing	bo	xian	li	jin
3B12	mang	piao	hao	yang
3B17	xian	su	wei	che	xi	jin	ceng	he	fen	shai	ling
3B23	dui	qi	pu	yue	bo
3B29	hui	die	yan	ju	jiao	nan	lie	yu	ti	tian	wu	hong	xiao	hao
3B38	tiao	zheng
3B3B	huang	fu
3B3F	tun
3B41	reng	jiao
3B44	xin
3B47	yuan	jue	hua
3B4B	bang	mou
3B4E	gang	wei
3B51	mei	si	bian	lu	qu
3B58	ge	zhe	lu	pai	rong	qiu	lie	gong	xian	xi	xin
3B64	niao
3B68	xie	lie	fu	cuo	zhuo	ba	zuo	zhe	zui	he	ji
3B74	jian
3B78	tu	xian	yan	tang	ta	di	jue	ang	han	xiao	ju	wei	bang	zhui	nie	tian	nai
3B8B	you	mian
3B8F	nai	sheng	cha	yan	gen	chong	ruan	jia	qin	mao	e	li	chi	zang	he	jie	nian
3BA1	guan	hou	gai
3BA5	ben	suo	wu	ji	xi	qiong	he	weng	xian	jie	hun	pi	shen	chou	zhen
3BB5	zhan	shuo	ji	song	zhi	ben
3BBE	lang	bi	xuan	pei	dai	qi	zhi	pi	chan	bi	su	huo	hen	jiong	chuan	jiang	nen	gu	fang
3BD3	ta	cui	xi	de	xian	kuan	zhe	ta	hu	cui	lu	juan	lu	qian	pao	zhen
3BE4	li	cao	qi
3BE9	ti	ling	qu	lian	lu	shu	gong	zhe	pao	jin	qing
3BF6	zong	pu	jin	biao	jian	gun
3BFD	bin	zao	lie	li	luo	shen	mian	jian	di	bei
3C08	lian
3C0A	xian	pin	que	long	zui
3C10	jue	shan	xue
3C14	xie
3C16	lan	qi	yi	nuo	li	yue
3C1D	yi	chi	ji	hang	xie	keng	zi	he	xi	qu	hai	xia	hai	gui	chan	xun	xu	shen	kou	xia	sha	yu	ya	pou	zu	you	zi	lian	xian	xia	yi	sha	yan	jiao	xi	chi	shi	kang	yin	hei	yi	xi	se	jin	ye	you	que	ye	luan	kun	zheng
3C54	xie
3C56	cui	xiu	an	xiu	can	chuan	zha
3C5E	yi	pi	ku	sheng	lang	tui	xi	ling	qi	wo	lian	du	men	lan	wei	duan	kuai	ai	zai	hui	yi	mo	zi	fen	peng
3C78	bi	li	lu	luo	hai	zhen	gai	que	zhen	kong	cheng	jiu	jue	ji	ling
3C88	shao	que	rui	chuo	neng	zhi	lou	pao
3C92	bao	rong	xian	lei	xiao	fu	qu
3C9A	sha	zhi	tan	rong	su	ying	mao	nai	bian
3CA4	shuai	tang	han	sao	rong
3CAA	deng	pu	jiao	tan
3CAF	ran	ning	lie	die	die	zhong
3CB6	lu	dan	xi	gui	ji	ni	yi	nian	yu	wang	guo	ze	yan	cui	xian	jiao	tou	fu	pei
3CCA	you	qiu	ya	bu	bian	shi	zha	yi	bian
3CD4	dui	lan	yi	chai	chong	xuan	xu	yu	xiu
3CE0	ta	guo
3CE5	long	xie	che	jian	tan	pi	zan	xuan	xian	niao
3CF4	mi	ji	nou	hu	hua	wang	you	ze	bi	mi	qiang	xie	fan	yi	tan	lei	yong
3D06	jin	she	yin	ji
3D0B	su
3D0E	nai	wang	mian	su	yi	shai	ji	ji	luo	you	mao	zha	sui	zhi	bian	li
3D25	qiao	guan	xi	zhen	yong	nie	jun	xie	yao	xie	zhi	neng
3D32	si	long	chen	mi	que	dan	shan
3D3C	su	xie	bo	ding	zu
3D42	shu	she	han	tan	gao
3D4A	na	mi	xun	men	jian	cui	jue	he	fei	shi	che	shen	nu	ping	man
3D5D	yi	chou
3D60	ku	bao	lei	ke	sha	mi	sui	ge	pi	yi	xian	ni	ying	zhu	chun	feng	xu	piao	wu	liao	cang	zou	zuo	bian	yao	huan	pai	xiu
3D7D	lei	qing	xiao	jiao	guo
3D84	yan	xue	zhu	heng	ying	xi
3D8C	lian	xian	huan	yin
3D91	lian	shan	cang	bei	jian	shu	fan	dian
3D9A	ba	yu
3D9E	nang	lei	yi	dai
3DA3	chan	chao	gan	jin	nen
3DAB	liao	mo	you
3DAF	liu	han
3DB2	yong	jin	chi	ren	nong
3DB9	hong	tian
3DBC	ai	gua	biao	bo	qiong
3DC2	shu	chui	hui	chao	fu	hui	e	wei	fen	tan
3DCD	lun	he	yong	hui
3DD2	yu	zong	yan	qiu	zhao	jiong	tai
3DDF	tui	lin	jiong	zha	xing	hu
3DE6	xu
3DEA	cui	qing	mo
3DEE	zao	beng	chi
3DF3	yan	ge	mo	bei	juan	die	zhao
3DFB	wu	yan
3DFE	jue	xian	tai	han
3E03	dian	ji	jie	kao	zuan
3E09	xie	lai	fan	huo	xi	nie	mi	ran	cuan	yin	mi
3E15	jue	qu	tong	wan	zhe	li	shao	kong	xian	zhe	zhi	tiao	shu	bei	ye	pian	chan	hu	ken	jiu	an	chun	qian	bei	ba	fen	ke	tuo	tuo	zuo	ling
3E35	gui	yan	shi	hou	lie	sha	si
3E3D	bei	ren	du	bo	liang	qian	fei	ji	zong	hui	he	li	yuan	yue	xiu	chan	di	lei	jin	chong	si	pu	yao	jiang	huan	huan	tao	ru	weng	ying	rao	yin	shi	yin	jue	tun	xuan	jia	zhong	qie	zhu	diao
3E68	you
3E6B	yi	shi	yi	mo
3E71	que	xiao	wu	geng	ying	ting	shi	ni	geng	ta	wo	ju	chan	piao	zhuo	hu	nao	yan	gou	yu	hou
3E87	si	chi	hu	yang	weng	xian	pin	rong	lou	lao	shan	xiao	ze	hai	fan	han	chan	zhan
3E9A	ta	zhu	nong	han	yu	zhuo	you	li	huo	xi	xian	chan	lian
3EA8	si	jiu	pu	qiu	gong	zi	yu
3EB1	reng	niu	mei	ba	jiu
3EB7	xu	ping	bian	mao
3EBF	yi	yu
3EC2	ping	qu	bao	hui
3EC9	bu	mang	la	tu	wu	li	ling
3ED1	ji	jun	zou	duo	jue	dai	bei
3EDD	la	bin	sui	tu	xue
3EE7	duo
3EEA	sui	bi	tu	se	can	tu	mian	jin	lu
3EF5	zhan	bi	ji	zen	xuan	li
3EFD	sui	yong	shu
3F02	e
3F06	ying	qiong	luo	zhen	tun	gu	yu	lei	bo	nei	pian	lian	tang	lian	wen	dang	li	ting	wa	zhou	gang	xing	ang	fan	peng	bo	tuo	shu	yi	bo	qie	tou	gong	tong	han	cheng	jie	huan	xing	dian	chai	dong	pi	ruan	lie	sheng	ou	di	yu	chuan	rong	kang	tang	cong	piao	chuang	lu	tong	zheng	li	sa	pan	si
3F46	dang	hu	yi	xian	xie	luo	liu
3F4E	tan	gan
3F51	tan
3F55	you	nan
3F58	gang	jun	chi	gou	wan	li	liu	lie	xia	bei	an	yu	ju	rou	xun	zi	cuo	can	zeng	yong	fu	ruan
3F6F	xi	shu	jiao	jiao	xu	zhang
3F77	shui	chen	fan	ji	zhi
3F7D	gu	wu
3F80	qie	shu	hai	tuo	du	zi	ran	mu	fu	ling	ji	xiu	xuan	nai	ya	jie	li	da	ru	yuan	lu	shen	li	liang	geng	xin	xie	qin	qie	che	you	bu	kuang	que	ai	qin	qiang	chu	pei	kuo	yi	guai	sheng	pian
3FAD	zhou	huang	hui	hu	bei
3FB4	zha	ji	gu	xi	gao	chai	ma	zhu	tui	zhui	xian	lang
3FC3	zhi	ai	xian	guo	xi
3FC9	tui	can	sao	xian	jie	fen	qun
3FD1	yao	dao	jia	lei	yan	lu	tui	ying	pi	luo	li	bie
3FDE	mao	bai	huang
3FE2	yao	he	chun	he	ning	chou	li	tang	huan	bi	ba	che	yang	da	ao	xue
3FF3	zi	da	ran	bang	cuo	wan	ta	bao	gan	yan	xi	zhu	ya	fan	you	an	tui	meng	she	jin	gu	ji	qiao	jiao	yan	xi	kan	mian	xuan	shan	wo	qian	huan	ren	zhen	tian	jue	xie	qi	ang	mei	gu
401E	tao	fan	ju	chan	shun	bi	mao	shuo	gu	hong	hua	luo	hang	jia	quan	gai	huang	bu	gu	feng	mu	ai	ying	shun	liang	jie	chi	jie	chou	ping	chen	yan	du	di
4041	liang	xian	biao	xing	meng	ye	mi	qi	qi	wo	xie	yu	qia	cheng	yao	ying	yang	ji	zong	xuan	min	lou	kai	yao	yan	sun	gui	huang	ying	sheng	cha	lian
4062	xuan	chuan	che	ni	qu	miao	huo	yu	zhan	hu	ceng	biao	qian	xi	jiang	kou	mai	mang	zhan	bian	ji	jue	nang	bi	shi	shuo	mo	lie	mie	mo	xi	chan	qu	jiao	huo	xian	xu	niu	tong	hou	yu
408C	chong	bo	zuan	diao	zhuo	ji	qia
4094	xing	hui	shi	ku
4099	dui	yao	yu	bang	jie	zhe	jia	shi	di	dong	ci	fu	min	zhen	zhen
40A9	yan	qiao	hang	gong	qiao	lue	guai	la	rui	fa	cuo	yan	gong	jie	guai	guo	suo	wo	zheng	nie	diao	lai	ta	cui	ya	gun
40C5	di
40C7	mian	jie	min	ju	yu	zhen	zhao	zha	xing
40D1	ban	he	gou	hong	lao	wu	bo	keng	lu	cu	lian	yi	qiao	shu
40E0	xuan	jin	qin	hui	su	chuang	dun	long
40E9	nao	tan	dan	wei	gan	da	li	ca	xian	pan	la	zhu	niao	huai	ying	xian	lan	mo	ba
40FD	gui	bi	fu	huo	yi	liu	yang	yin	juan	huo	cheng	dou	e
410B	yan	zhui	zha	qi	yu	quan	huo	nie	huang	ju	she
4118	peng	ming	cao	lou	li	chuang
411F	cui	shan	dan	qi
4124	lai	ling	liao	reng	yu	yi	diao	qi	yi	nian	fu	jian	ya	fang	rui	xian
4136	bi	shi	po	nian	zhi	tao	tian	tian	ru	yi	lie	an	he	qiong	li	gui	zi	su	yuan	ya	cha	wan	juan	ting	you	hui	jian	rui	mang	ju	zi	ju	an	sui	lai	hun	quan	chang	duo	kong	ne	can	ti	xu	jiu	huang	qi	jie	mao	yan
4169	zhi	tui
416C	ai	pang	cang	tang	en	hun	qi	chu	suo	zhuo	nou	tu	shen	lou	biao	li	man	xin	cen	huang	mei	gao	lian	dao	zhan	zi
4188	zhi	ba	cui	qiu
418D	long	xian	fei	guo	cheng	jiu	e	chong	yue	hong	yao	ya	yao	tong	zha	you	xue	yao	ke	huan	lang	yue	chen
41A6	shen
41A8	ning	ming	hong	chuang	yun	xuan	jin	zhuo	yu	tan	kang	qiong
41B5	cheng	jiu	xue	zheng	chong	pan	qiao
41BD	qu	lan	yi	rong	si	qian	si
41C5	fa
41C7	meng	hua
41CB	hai	qiao	chu	que	dui	li	ba	jie	xu	luo
41D6	yun	zhong	hu	yin	po	zhi	qian
41DE	gan	jian	zhu	zhu	ku	nie	rui	ze	ang	zhi	gong	yi	chi	ji	zhu	lao	ren	rong	zheng	na	ce
41F5	yi	jue	bie	cheng	jun	dou	wei	yi	zhe	yan
4200	san	lun	ping	zhao	han	yu	dai	zhao	fei	sha	ling	ta	qu	mang	ye	bao	gui	gua	nan	ge
4215	shi	ke	suo	ci	zhou	tai	kuai	qin	xu	du	ce	huan	cong	sai	zheng	qian	jin	zong	wei
422A	xi	na	pu	sou	ju	zhen	shao	tao	ban	ta	qian	weng	rong	luo	hu	sou	zhong	pu	mie	jin	shao	mi	shu	ling	lei	jiang	leng	zhi	diao
4248	san	gu	fan	mei	sui	jian	tang	xie	ku	wu	fan	luo	can	ceng	ling	yi	cong	yun	meng	yu	zhi	yi	dan	huo	wei	tan	se	xie	sou	song	qian	liu	yi
426A	lei	li	fei	lie	lin	xian	xiao	ou	mi	xian	rang	zhuan	shuang	yan	bian	ling	hong	qi	liao	ban	bi	hu	hu
4282	ce	pei	qiong	ming	jiu	bu	mei	san	wei
428D	li	quan
4290	hun	xiang
4293	shi	ying
4296	nan	huang	jiu	yan
429B	sa	tuan	xie	zhe	men	xi	man
42A3	huang	tan	xiao	ye	bi	luo	fan	li	cui	chua	dao	di	kuang	chu	xian	chan	mi	qian	qiu	zhen
42BA	hu	gan	chi	guai	mu	bo	hua	geng	yao	mao	wang
42C8	ru	xue	zheng	min	jiang
42CE	zhan	zuo	yue	lie
42D3	zhou	bi	ren	yu
42D8	chuo	er	yi	mi	qing
42DE	wang	ji	bu
42E2	bie	fan	yue	li	fan	qu	fu	er	e	zheng	tian	yu	jin	qi	ju	lai	che	bei	niu	yi	xu	mou	xun	fu
42FB	nin	ting	beng	zha	wei	ke	yao	ou	xiao	geng	tang	gui	hui	ta
430A	yao	da	qi	jin	lue	mi	mi	jian	lu	fan	ou	mi	jie	fu	bie	huang	su	yao	nie	jin	lian	bo	jian	ti	ling	zuan	shi	yin	dao	chou	ca	mie	yan	lan	chong	jiao	shuang	quan	nie	luo
4333	shi	luo	zhu
4337	chou	juan	jiong	er	yi	rui	cai	ren	fu	lan	sui	yu	you	dian	ling	zhu	ta	ping	zhai	jiao	chui	bu	kou	cun
4350	han	han	mou	hu	gong	di	fu	xuan	mi	mei	lang	gu	zhao	ta	yu	zong	li	lu	wu	lei	ji	li	li
4368	po	yang	wa	tuo	peng
436E	zhao	gui
4371	xu	nai	que	wei	zheng	dong	wei	bo
437A	huan	xuan	zan	li	yan	huang	xue	hu	bao	ran	xiao	po	liao	zhou	yi	xu	luo	kao	chu
438E	na	han	chao	lu	zhan	ta	fu	hong	zeng	qiao	su	pin	guan
439C	hun	chu
439F	er	er	ruan	qi	si	ju
43A6	yan	bang	ye	zi	ne	chuang	ba	cao	ti	han	zuo	ba	zhe	wa	geng	bi	er	zhu	wu	wen	zhi	zhou	lu	wen	gun	qiu	la	zai	sou	mian	di	qi	cao	piao	lian	shi	long	su	qi	yuan	feng	xu	jue	di	pian	guan	niu	ren	zhen	gai	pi	tan	chao	chun	he	zhuan	mo	bie	qi	shi	bi	jue	si
43E6	gua	na	hui	xi	er	xiu	mou
43EE	xi	zhi	run	ju	ti	zhe	shao	meng	bi	han	yu	xian	pang	neng	can	bu
43FF	qi	ji	zhuo	lu	jun	xian	xi	cai	wen	zhi	zi	kun	cong	tian	chu	di	chun	qiu	zhe	zha	rou	bin	ji	xi	zhu	jue	ge	ji	da	chen	suo	ruo	xiang	huang	qi	zhu	sun	chai	weng	ke	kao	gu	gai	fan	cong	cao	zhi	chan	lei	xiu	zhai	zhe	yu	gui	gong	zan	dan	huo	sou	tan	gu	xi	man	duo	ao	pi	wu	ai	meng	pi	meng	yang	zhi	bo	ying	wei	rang	lan	yan	chan	quan	zhen	pu
4453	tai	fei	shu
4457	dang	cuo	tan	tian	chi	ta	jia	shun	huang	liao
4463	chen	jin	e	gou	fu	duo
446A	e	beng	tao	di
446F	di	bu	wan	zhao	lun	qi	mu	qian
4478	zong	sou
447B	you	zhou	ta
447F	su	bu	xi	jiang	cao	fu	teng	che	fu	fei	wu	xi	yang	ming	pang	mang	seng	meng	cao	tiao	kai	bai	xiao	xin	qi
449A	shao	huan	niu	xiao	chen	dan	feng	yin	ang	ran	ri	man	fan	qu	shi	he	bian	dai	mo	deng
44B0	kuang
44B2	cha	duo	you	hao
44B7	gua	xue	lei	jin	qi	qu	wang	yi	liao
44C2	yan	yi	yin	qi	zhe	xi	yi	ye	wu	zhi	zhi	han	chuo	fu	chun	ping	kuai	chou
44D5	tuo	qiong	cong	gao	kua	qu	qu	zhi	meng	li	zhou	ta	zhi	gu	liang	hu	la	dian	ci	ying
44EB	qi	zhuo	cha	mao	du	yin	chai	rui	hen	ruan	fu	lai	xing	jian	yi	mei
44FC	mang	ji	suo	han
4501	li	zi	zu	yao	ge	li	qi	gong	li	bing	suo
450E	su	chou	jian	xie	bei	xu	jing	pu	ling	xiang	zuo	diao	chun	qing	nan	zhai	lu	yi	shao	yu	hua	li	pa
4527	li
452A	shuang
452C	yi	ning	si	ku	fu	yi	deng	ran	ce
4536	ti	qin	biao	sui	wei	dun	se	ai	qi	zun	kuan	fei
4543	yin
4545	sao	dou	hui	xie	ze	tan	tang	zhi	yi	fu	e
4551	jun	jia	cha	xian	man
4557	bi	ling	jie	kui	jia
455D	cheng	lang	xing	fei	lu	zha	he	ji	ni	ying	xiao	teng	lao	ze	kui
456D	qian	ju	piao	fan	tou	lin	mi	zhuo	xie	hu	mi	jie	za	cong	li	ran	zhu	yin	han
4581	yi	luan	yue	ran	ling	niang	yu	nue
458A	yi	nue	yi	qian	xia	chu	yin	mi	xi	na	kan	zu	xia	yan	tu	ti	wu	suo	yin	chong	zhou	mang	yuan	nu	miao	zao	wan	li	qu	na	shi	bi	zi	bang
45AD	juan	xiang	kui	pai	kuang	xun	zha	yao	kun	hui	xi	e	yang	tiao	you	jue	li
45BF	li	cheng	ji	hu	zhan	fu	chang	guan	ju	meng	chang	tan	mou	xing	li	yan	sou	shi	yi	bing	cong	hou	wan	di	ji	ge	han	bo	xiu	liu	can	can	yi	xuan	yan	zao	han	yong	zong
45E7	kang	yu	qi	zhe	ma
45EE	shuang	jin	guan	pu	lin
45F4	ting	jiang	la	yi	yong	ci	yan	jie	xun	wei	xian	ning	fu	ge
4603	mo	zhu	nai	xian	wen	li	can	mie	jian	ni	chai	wan	xu	nu	mai	zui	kan	ka	hang
4618	yu	wei	zhu
461D	yi
461F	diao	fu	bi	zhu	zi	shu	xia	ni
4628	jiao	xun	chong	nou	rong	zhi	sang
4630	shan	yu
4633	jin
4635	lu	han	bie	yi	zui	zhan	yu	wan	ni	guan	jue	beng	can
4643	duo	qi	yao	kui	ruan	hou	xun	xie
464C	kui
464E	xie	bo	ke	cui	xu	bai	ou	zong
4657	ti	chu	chi	niao	guan	feng	xie	deng	wei	jue	kui	zeng	sa	duo	ling	meng
4668	guo	meng	long
466C	ying
466E	guan	cu	li	du
4673	biao	qian	xi
4677	de	de	xian	lian
467C	shao	xie	shi	wei
4682	he	you	lu	lai	ying	sheng	juan	qi	jian	yun
468D	qi
468F	lin	ji	mai	chuang	nian	bin	li	ling	gang	cheng	xuan	xian	hu	bi	zu	dai	dai	hun	sai	che	ti
46A5	nuo	zhi	liu	fei	jiao	guan	xi	lin	xuan	reng	tao	pi	xin	shan	zhi	wa	tou	tian	yi	xie	pi	yao	yao	nu	hao	nin	yin	fan	nan	yao	wan	yuan	xia	zhou	yuan	shi	mian	xi	ji	tao	fei	xue	ni	ci	mi	bian	jian	na	yu	e	zhi	ren	xu	lue	hui	xun	nao	han	jia	dou	hua	tu	ping	cu	xi	song	mi	xin	wu	qiong	zhang	tao	xing	jiu	ju	hun	ti	man	yan	ji	shou	lei	wan	che	can	jie	you	hui	zha	su	ge	nao	xi
4703	dui	chi	wei	zhe	gun	chao	chi	zao	hui	luan	liao	lao	tuo	hui	wu	ao	she	sui	mai	tan	xin	jing	an	ta	chan	wei	tuan	ji	chen	che	yu	xian	xin
4727	nao
4729	yan	qiu	jiang	song	jun	liao	ju
4731	man	lie
4734	chu	chi	xiang	qin	mei	shu	chai	chi	gu	yu	yin
4740	liu	lao	shu	zhe	shuang	hui
4748	e
474A	sha	zong	jue	jun	tuan	lou	wei	chong	zhu	lie
4755	zhe	zhao
4758	yi	chu	ni	bo	suan	yi	hao	ya	huan	man	man	qu	lao	hao	zhong	min	xian	zhen	shu	zuo	zhu	gou	xuan	yi	zhi	xie	jin	can
4775	bu	liang	zhi	ji	wan	guan	ju	jing	ai	fu	gui	hou	yan	ruan	zhi	biao	yi	suo	die	gui	sheng	xun	chen	she	qing
4790	chun	hong	dong	cheng	wei	ru	shu	cai	ji	za	qi	yan	fu	yu	fu	po	zhi	tan	zuo	che	qu	you	he	hou	gui	e	jiang	yun	tou	cun	tu	fu	zuo	hu
47B3	bo	zhao	jue	tang	jue	fu	huang	chun	yong	chui	suo	chi	qian	cai	xiao	man	can	qi	jian	bi	ji	zhi	zhu	qu	zhan	ji	bian
47CF	li	li	yue	quan	cheng	fu	cha	tang	shi	hang	qie	qi	bo	na	tou	chu	cu	yue	zhi	chen	chu	bi	meng	ba	tian	min	lie	feng	cheng	qiu	tiao	fu	kuo	jian
47F4	zhen	qiu	zuo	chi	kui	lie	bei	du	wu
47FE	zhuo	lu	tang
4802	chu	liang	tian	kun	chang	jue	tu	huan	fei	bi
480D	xia	wo	ji	qu	kui	hu	qiu	sui	cai
4817	qiu	pi	pang	wa	yao	rong	xun	cu	die	chi	cuo	meng	xuan	duo	bie	zhe	chu	chan	gui	duan	zou	deng	lai	teng	yue	quan	zhu	ling	chen	zhen	fu	she	tiao	kua	ai
483B	qiong	shu	hai	shan	wai	zhan	long	jiu	li
4845	chun	rong	yue	jue	kang	fan	qi	hong	fu	lu	hong	tuo	min	tian	juan	qi	zheng	qing	gong	tian	lang	mao	yin	lu	yuan	ju	pi
4861	xie	bian	hun	zhu	rong	sang	wu	cha	keng	shan	peng	man	xiu
486F	cong	keng	zhuan	chan	si	chong	sui	bei	kai
4879	zhi	wei	min	ling	zuan	nie	ling	qi	yue
4883	yi	xi	chen
4887	rong	chen	nong	you	ji	bo	fang
4890	cu	di	jiao	yu	he	xu	yu	qu
4899	bai	geng	jiong
489D	ya	shu	you	song	ye	cang	yao	shu	yan	shuai	liao	cong	yu	bo	sui
48AD	yan	lei	lin	ti	du	yue	ji
48B5	yun
48B8	ju	ju	chu	chen	gong	xiang	xian	an	gui	yu	lei
48C4	tu	chen	xing	qiu	hang
48CA	dang	cai	di	yan	zi
48D0	ying	chan
48D3	li	suo	ma	ma
48D8	tang	pei	lou	qi	cuo	tu	e	can	jie	yi	ji	dang	jue	bi	lei	yi	chun	chun	po	li	zai	tai	po	cu	ju	xu	fan
48F4	xu	er	huo	zhu	ran	fa	juan	han	liang	zhi	mi	yu
4901	cen	mei	yin	mian	tu	kui
4909	mi	rong	yu	qiang	mi	ju	pi	jin	wang	ji	meng	jian	xue	bao	gan	chan	li	li	qiu	dun	ying	yun	chen	zhi	ran
4923	lue	kai	gui	yue	hui	pi	cha	duo	chan	sha	shi	she	xing	ying	shi	chi	ye	han	fei	ye	yan	zuan	sou	jin	duo	xian	guan	tao	qie	chan	han	meng	yue	cu	qian	jin	shan	mu	yuan
494B	peng	zheng	zhi	chun	yu	mou	mai	jiang	qi	su	pie	tian	kuan	cu	sui
495B	jie	jian	ao	jiao	ye
4961	ye	long	zao	bao	lian
4967	huan	lu	wei	xian	tie	bo	zheng	zhu	bei	meng	xie	ou	you
4975	xiao	li	zha	mi
497A	ye
497D	po	xie
4982	shan	zhuo
4985	shan	jue	ji	jie
498A	niao	ao	chu	wu	guan	xie	ting	xue	dang	zhan	tan	peng	xie	xu	xian	si	kua	zheng	wu	huo	run	chuai	du	huan	kuo	fu	chuai	xian	qin	qie	lan
49AA	ya	ying	que	hang	chun	zhi
49B1	wei	yan	xiang	yi	ni	zheng	chuai
49B9	shi	ding	zi	jue	xu	yuan
49C1	xu	dao	tian	ge	yi	hong	yi
49C9	li	ku	xian	sui	xi	xuan
49D1	di	lai	zhou	nian	cheng	jian	bi	zhuan	ling	hao	bang	tang	chi	ma	xian	shuan	yong	qu
49E4	pu	hui	wei	yi	ye
49EA	che	hao	bin
49EE	xian	chan	hun
49F2	han	ci	zhi	qi	kui	rou
49F9	ying	xiong
49FC	hu	cui
49FF	que	di	wu	qiu
4A04	yan	liao	bi
4A08	bin
4A0A	yuan	nue	bao	ying	hong	ci	qia	ti	yu	lei	bao
4A16	ji	fu	xian	cen	hu	se	beng	qing	yu	wa	ai	han	dan	ge	di	huo	pang
4A28	zhui	ling	mai	mai	lian	xiao	xue	zhen	po	fu	nou	xi	dui	dan	yun	xian	yin	shu	dui	beng	hu	fei	fei	za	bei	fei	xian	shi	mian	zhan	zhan	zhan	hui	fu	wan	mo	qiao	liao
4A4F	mie	hu	hong	yu	qi	duo	ang
4A57	ba	di	xuan	di	bi	zhou	pao	tie	yi
4A61	jia	zhi	tu	xie	dan	tiao	xie	chang	yuan	guan	liang	beng
4A6E	lu	ji	xuan	shu	du	sou	hu	yun	chan	bang	rong	e	weng	ba	feng	yu	zhe	fen	guan	bu	ge	dun	huang	du	ti	bo	qian	lie	long	wei	zhan	lan	sui	na	bi	tuo	zhu	die	bu	ju	po	xia	wei	po	da	fan	chan	hu	za
4AA4	fan	xie	hong	chi	bao	yin
4AAB	jing	bo	ruan	chou	ying	yi	gai	kun	yun	zhen	ya	ju	hou	min	bai	ge	bian	zhuo	hao	zhen	sheng	gen	bi	duo	chun	chua	san	cheng	ran	chen	mao	pei	wei	pi	fu	zhuo	qi	lin	yi	men	wu	qi	die	chen	xia	he	sang	gua	hou	ao	fu	qiao	hun	pi	yan	si	xi	ming	kui	ge
4AE8	ao	san	shuang	lou	zhen	hui	chan
4AF0	lin	na	han	du	jin	mian	fan	e	chao	hong	hong	yu	xue	pao	bi	chao	you	yi	xue	sa	xu	li	li	yuan	dui	huo	sha	leng	pou	hu	guo	bu	rui	wei	sou	an	yu	xiang	heng	yang	xiao	yao
4B1B	bi
4B1D	heng	tao	liu
4B21	zhu
4B23	xi	zan	yi	dou	yuan	jiu
4B2A	bo	ti	ying
4B2E	yi	nian	shao	ben	gou	ban	mo	gai	en	she
4B39	zhi	yang	jian	yuan	shui	ti	wei	xun	zhi	yi	ren	shi	hu	ne	ye	jian	sui	ying	bao	hu	hu	ye
4B50	yang	lian	xi	en	dui	zan	zhu	ying	ying	jin	chuang	dan
4B5D	kuai	yi	ye	jian	en	ning	ci	qian	xue	bo	mi	shui	mo	liang	qi	qi	shou	fu	bo	beng	bie	yi	wei	huan	fan	qi	mao	fu	ang	ang	fu	qi	qun	tuo	yi	bo	pian	ba
4B84	xuan
4B87	yu	chi	lu	yi	li
4B8D	niao	xi	wu
4B91	lei	pu	zhuo	zui	zhuo	chang	an	er	yu	leng	fu	zha	hun	chun	sou	bi	bi	zha
4BA4	he	li
4BA7	han	zai	gu	cheng	lou	mo	mi	mai	ao	zhe	zhu	huang	fan	deng	tong
4BB7	du	wo	wei	ji	chi	lin	biao	long	jian	nie	luo	shen
4BC4	gua	nie	yi	ku	wan	wa	qia	bo	kao	ling	gan	gua	hai	kuang	heng	kui	ze	ting	lang	bi	huan	po	yao	wan	ti	sui	kua	dui	ao	jian	mo	kui	kuai	an	ma	qing	qiao
4BEA	kao	hao	duo	xian	nai	suo	jie	pi	pa	song	chang	nie	man	song	ci	xian	kuo
4BFC	di	pou	tiao	zu	wo	fei	cai	peng	sai
4C06	rou	qi	cuo	pan	bo	man	zong	ci	kui	ji	lan
4C12	meng	mian	pan	lu	zuan	jiu	liu	yi	wen	li	li	zeng	zhu	hun	shen	chi	xing	wang	dong	huo	pi	hu	mei	che	mei	chao	ju	nou
4C2F	yi	ru	ling	ya
4C34	qi	zi
4C37	bang	gong	ze	jie	yu	qin	bei	ba	tuo	yang	qiao	you	zhi	jie	mo	sheng	shan	qi	shan	mi	gong	yi	geng	geng	tou	fu	xue	ye	ting	tiao	mou	liu	can	li	shu	lu	huo	cuo	pai	liu	ju	zhan	ju	zheng	zu	xian	zhi
4C68	la
4C6B	la	xu	geng	e	mu	zhong	ti	yuan	zhan	geng	weng	lang	yu	sou	zha	hai	hua	zhan	chang	lou	chan	zhi	wei	xuan	zao	min	gui	su
4C89	si	duo	cen	kuan	teng	nei	lao	lu	yi	xie	yan	qing	pu	chou	xian	guan	jie	lai	meng	ye	chang	li	yin	chun	qiu	teng	yu
4CA6	dai	du	hong
4CAA	xi
4CAC	qi
4CAE	yuan	ji	yun	fang	gong	hang	zhen	que
4CB8	jie	pi	gan	xuan	sheng	shi	qiao	ci	die	bo	diao	wan	ci	zhi	bai	wu	bao	dan	ba	tong
4CCD	gong	jiu	gui	ci	you	yuan	lao	ju	fu	nie	e	e	xing	kan	yan	tu	pou	beng	ming	shui	yan	qi	yuan	bie
4CE6	xuan	hou	huang	yao	juan	kui	e	ji	mo	chong	bao	wu	zhen	xu	ta	chi	xi	cong	ma	kou	yan	can
4CFD	he	deng	ran	tong	yu	xiang	nao	shun	fen	pu	ling	ao	huan	yi	huan	meng	ying	lei	yan	bao	die	ling	shi	jiao	lie	jing	ju	ti	pi	gang	xiao	wai	chuai	di	huan	yao	li	mi	hu	sheng	jia	yin	wei
4D29	piao	lu	ling	yi	cai	shan	hu	shu	tuo	mo	hua	tie	bing	peng	hun	fu	guo	bu	li	chan	pi	cuo	meng	suo	qiang	zhi	kuang	bi	ao	meng	xian	ku	tou	tuan	wei	xian
4D4E	tuan	lao	chan	ni	ni	li	dong	ju	qian	bo	shai	zha	tao	qian	nong	yi	jing	gan	di	jian	mei	da	jian	yu	xie	zai	mang	li	gun	xun	ta	zhe	yang	tuan	shang	xi	qiao	wei	ying	chua	qu	wa
4D79	zhi	ting	gu	shang	ca	fu	tie	ta	ta	zhuo	han	ping	he	zhui	zhou	bo	liu	nu	xi	pao	di	he	ti	wai	ti	qi	ji	chi	ba	jin	ke	li	ju	qu	la	gu	qia	qi	xian	jian	shi	jian	ai	hua	zha	ze	yao	zhan	ji	cha	yan	jian
4DAE	yan
4DB0	jiao	tong	nan	yue
4DB5	chi
4DB7	jiao	yao	zuo
4E00	yi	ding	kao	qi	shang	xia	han	wan	zhang	san	shang	xia	ji	bu	yu	mian	gai	chou	chou	zhuan	qie	pi	shi	shi	qiu	bing	ye	cong	dong	si	cheng	diu	qiu	liang	diu	you	liang	yan	bing	sang	gun	jiu	ge	ya	qiang	zhong	ji	jie	feng	guan	chuan	chan	lin	zhuo	zhu	ba	wan	dan	wei	zhu	jing	li	ju	pie	fu	yi	yi	nai	wu	jiu	jiu	tuo	me	yi	yi	zhi	wu	zha	hu	fa	le	yin	ping	pang	qiao	hu	guai	cheng	cheng	yi	yin	ya	mie	jiu	qi	ye	xi	xiang	gai	jiu	xia	hu	shu	dou	shi	ji	nang	jia	ju	shi	mao	hu	mai	luan	zi	ru	xue	yan	fu	sha	na	gan	suo	yu	cui	zhe	qian	zhi	gui	gan	luan	lin	yi	jue	le	ma	yu	zheng	shi	shi	er	chu	yu	kui	yu	yun	hu	qi	wu	jing	si	sui	gen	gen	ya	xie	ya	qi	ya	ji	tou	wang	kang	da	jiao	hai	yi	chan	heng	mu	ye	xiang	jing	ting	liang	xiang	jing	ye	qin	bo	you	xie	dan	lian	duo	wei	ren	ren	ji	ji	wang	yi	shen	ren	le	ding	ze	jin	pu	chou	ba	zhang	jin	jie	bing	reng	cong	fo	san	lun	bing	cang	zi	shi	ta	zhang	fu	xian	xian	tuo	hong	tong	ren	qian	gan	ge	bo	dai	ling	yi	chao	chang	sa	chang	yi	mu	men	ren	fan	chao	yang	qian	zhong	pi	wo	wu	jian	jia	yao	feng	cang	ren	wang	fen	di	fang	zhong	qi	pei	yu	diao	dun	wu	yi	xin	kang	yi	ji	ai	wu	ji	fu	fa	xiu	jin	pi	dan	fu	tang	zhong	you	huo	hui	yu	cui	yun	san	wei	chuan	che	ya	qian	shang	chang	lun	cang	xun	xin	wei	zhu	ze	xian	nu	bo	gu	ni	ni	xie	ban	xu	ling	zhou	shen	qu	ci	beng	si	jia	pi	yi	si	yi	zheng	dian	han	mai	dan	zhu	bu	qu	bi	zhao	ci	wei	di	zhu	zuo	you	yang	ti	zhan	he	bi	tuo	she	yu	yi	fu	zuo	gou	ning	tong	ni	xian	qu	yong	wa	qian	shi	ka	bao	pei	hui	he	lao	xiang	ge	yang	bai	fa	ming	jia	nai	bing	ji	hen	huo	gui	quan	tiao	jiao	ci	yi	shi	xing	shen	tuo	kan	zhi	gai	lai	yi	chi	kua	guang	li	yin	shi	mi	zhu	xu	you	an	lu	mou	er	lun	dong	cha	chi	xun	gong	zhou	yi	ru	cun	xia	si	dai	lu	ta	jiao	zhen	ce	qiao	kuai	chai	ning	nong	jin	wu	hou	jiong	cheng	zhen	zuo	chou	qin	lu	ju	shu	ting	shen	tui	bo	nan	xiao	bian	tui	yu	xi	cu	e	qiu	xu	guang	ku	wu	jun	yi	fu	liang	zu	qiao	li	yong	hun	jing	qian	san	pei	su	fu	xi	li	fu	ping	bao	yu	qi	xia	xin	xiu	yu	di	che	chou	zhi	yan	lia	li	lai	si	jian	xiu	fu	huo	ju	xiao	pai	jian	biao	chu	fei	feng	ya	an	bei	yu	xin	bi	hu	chang	zhi	bing	jiu	yao	cui	lia	wan	lai	cang	zong	ge	guan	bei	tian	shu	shu	men	dao	tan	jue	chui	xing	peng	tang	hou	yi	qi	ti	gan	jing	jie	sui	chang	jie	fang	zhi	kong	juan	zong	ju	qian	ni	lun	zhuo	wo	luo	song	leng	hun	dong	zi	ben	wu	ju	nai	cai	jian	zhai	ye	zhi	sha	qing	ning	ying	cheng	qian	yan	ruan	zhong	chun	jia	ji	wei	yu	bing	ruo	ti	wei	pian	yan	feng	tang	wo	e	xie	che	sheng	kan	di	zuo	cha	ting	bei	xie	huang	yao	zhan	chou	yan	you	jian	xu	zha	ci	fu	bi	zhi	zong	mian	ji	yi	xie	xun	cai	duan	ce	zhen	ou	tou	tou	bei	za	lou	jie	wei	fen	chang	kui	sou	zhi	su	xia	fu	yuan	rong	li	nu	yun	jiang	ma	bang	dian	tang	hao	jie	xi	shan	qian	jue	cang	chu	san	bei	xiao	yong	yao	tan	suo	yang	fa	bing	jia	dai	zai	tang	gu	bin	chu	nuo	can	lei	cui	yong	zao	zong	beng	song	ao	chuan	yu	zhai	zu	shang	chuang	jing	chi	sha	han	zhang	qing	yan	di	xie	lou	bei	piao	jin	lian	lu	man	qian	xian	tan	ying	dong	zhuan	xiang	shan	qiao	jiong	tui	zun	pu	xi	lao	chang	guang	liao	qi	cheng	chan	wei	ji	bo	hui	chuan	tie	dan	jiao	jiu	seng	fen	xian	ju	e	jiao	jian	tong	lin	bo	gu	xian	su	xian	jiang	min	ye	jin	jia	qiao	pi	feng	zhou	ai	sai	yi	jun	nong	chan	yi	dang	jing	xuan	kuai	jian	chu	dan	jiao	sha	zai	can	bin	an	ru	tai	chou	chai	lan	ni	jin	qian	meng	wu	ning	qiong	ni	chang	lie	lei	lu	kuang	bao	yu	biao	zan	zhi	si	you	hao	qing	chen	li	teng	wei	long	chu	chan	rang	shu	hui	li	luo	zan	nuo	tang	yan	lei	nang	er	wu	yun	zan	yuan	xiong	chong	zhao	xiong	xian	guang	dui	ke	dui	mian	tu	chang	er	dui	er	jin	tu	si	yan	yan	shi
515A	dang	qian	dou	fen	mao	shen	dou
5162	jing	li	huang	ru	wang	nei	quan	liang	yu	ba	gong	liu	xi	han	lan	gong	tian	guan	xing	bing	qi	ju	dian	zi	fen	yang	jian	shou	ji	yi	ji	chan	jiong	mao	ran	nei	yuan	mao	gang	ran	ce	jiong	ce	zai	gua	jiong	mao	zhou	mao	gou	xu	mian	mi	rong	yin	xie	kan	jun	nong	yi	mi	shi	guan	meng	zhong	ju	yuan	ming	kou	lin	fu	xie	mi	bing	dong	tai	gang	feng	bing	hu	chong	jue	hu	kuang	ye	leng	pan	fu	min	dong	xian	lie	qia	jian	jing	sou	mei	tu	qi	gu	zhun	song	jing	liang	qing	diao	ling	dong	gan	jian	yin	cou	ai	li	chuang	ming	zhun	cui	si	duo	jin	lin	lin	ning	xi	du	ji	fan	fan	fan	feng	ju	chu	zheng	feng	mu	zhi	fu	feng	ping	feng	kai	huang	kai	gan	deng	ping	qian	xiong	kuai	tu	ao	chu	ji	dang	han	han	zao	dao	diao	dao	ren	ren	chuang	fen	qie	yi	ji	kan	qian	cun	chu	wen	ji	dan	xing	hua	wan	jue	li	yue	lie	liu	ze	gang	chuang	fu	chu	qu	diao	shan	min	ling	zhong	pan	bie	jie	jie	pao	li	shan	bie	chan	jing	gua	geng	dao	chuang	kui	ku	duo	er	zhi	shua	quan	sha	ci	ke	jie	gui	ci	gui	kai	duo	ji	ti	jing	lou	luo	ze	yuan	cuo	xue	kei	la	qian	sha	chuang	gua	jian	cuo	li	ti	fei	pou	chan	qi	chuang	zi	gang	wan	bo	ji	duo	qing	shan	du	jian	ji	bo	yan	ju	huo	sheng	jian	duo	duan	wu	gua	fu	sheng	jian	ge	da	kai	chuang	chuan	chan	tuan	lu	li	peng	shan	piao	kou	jiao	gua	qiao	jue	hua	zha	zhuo	lian	ju	pi	liu	gui	jiao	gui	jian	jian	tang	huo	ji	jian	yi	jian	zhi	chan	jian	mo	li	zhu	li	ya	quan	ban	gong	jia	wu	mai	lie	jin	keng	xie	zhi	dong	zhu	nu	jie	qu	shao	yi	zhu	mo	li	jin	lao	lao	juan	kou	yang	wa	xiao	mou	kuang	jie	lie	he	shi	ke	jin	gao	bo	min	chi	lang	yong	yong	mian	ke	xun	juan	qing	lu	bu	meng	chi	lei	kai	mian	dong	xu	xu	kan	wu	yi	xun	weng	sheng	lao	mu	lu	piao	shi	ji	qin	jiang	chao	quan	xiang	yi	jue	fan	juan	tong	ju	dan	xie	mai	xun	xun	lu	li	che	rang	quan	bao	shao	yun	jiu	bao	gou	wu	yun	wen	xiong	gai	gai	bao	cong	yi	xiong	peng	ju	tao	ge	pu	e	pao	fu	gong	da	jiu	gong	bi	hua	bei	nao	shi	fang	jiu	yi	za	jiang	kang	jiang	kuang	hu	xia	qu	fan	gui	qie	zang	kuang	fei	hu	yu	gui	kui	hui	dan	gui	lian	lian	suan	du	jiu	jue	xi	pi	qu	yi	ke	yan	bian	ni	qu	shi	xun	qian	nian	sa	zu	sheng	wu	hui	ban	shi	xi	wan	hua	xie	wan	bei	zu	zhuo	xie	dan	mai	nan	dan	ji	bo	shuai	bo	kuang	bian	bu	zhan	ka	lu	you	lu	xi	gua	wo	xie	jie	jie	wei	ang	qiong	zhi	mao	yin	wei	shao	ji	que	luan	chi	juan	xie	xu	jin	que	wu	ji	e	qing	xi	san	chang	wei	e	ting	li	zhe	han	li	ya	ya	yan	she	di	zha	pang	ya	qie	ya	zhi	ce	mang	ti	li	she	hou	ting	zui	cuo	fei	yuan	ce	yuan	xiang	yan	li	jue	sha	dian	chu	jiu	jin	ao	gui	yan	si	li	chang	lan	li	yan	yan	yuan	si	gong	lin	rou	qu	qu	er	lei	du	xian	zhuan	san	can	can	can	can	ai	dai	you	cha	ji	you	shuang	fan	shou	guai	ba	fa	ruo	shi	shu	zhuo	qu	shou	bian	xu	xia	pan	sou	ji	wei	sou	die	rui	cong	kou	gu	ju	ling	gua	dao	kou	zhi	jiao	zhao	ba	ding	ke	tai	chi	shi	you	qiu	po	ye	hao	si	tan	chi	le	diao	ji	liao	hong	mie	xu	mang	chi	ge	xuan	yao	zi	he	ji	diao	cun	tong	ming	hou	li	tu	xiang	zha	xia	ye	lu	a	ma	ou	huo	yi	jun	chou	lin	tun	yin	fei	bi	qin	qin	jie	bu	fou	ba	dun	fen	e	han	ting	keng	shun	qi	hong	zhi	yin	wu	wu	chao	na	xue	xi	chui	dou	wen	hou	hong	wu	gao	ya	jun	lu	e	ge	mei	dai	men	cheng	wu	gao	fu	jiao	hong	chi	sheng	na	tun	fu	yi	dai	ou	li	bei	yuan	guo	wen	qiang	wu	e	shi	juan	pen	wen	ne	m	ling	ran	you	di	zhou	shi	zhou	tie	xi	yi	qi	ping	zi	gu	ci	wei	xu	he	nao	xia	pei	yi	xiao	shen	hu	ming	da	qu	ju	han	za	tuo	duo	pou	pao	bi	fu	yang	he	za	he	hai	jiu	yong	fu	da	zhou	wa	ka	gu	ka	zuo	bu	long	dong	ning	ta	si	xian	huo	qi	er	e	guang	zha	xi	yi	lie	zi	mie	mi	zhi	yao	ji	zhou	ge	shu	zan	xiao	hai	hui	kua	huai	tao	xian	e	xuan	xiu	guo	yan	lao	yi	ai	pin	shen	tong	hong	xiong	duo	wa	ha	zai	you	die	pai	xiang	ai	gen	kuang	ya	da	xiao	bi	hui	nian	hua	xing	kuai	duo	fen	ji	nong	mou	yo	hao	yuan	long	pou	mang	ge	o	chi	shao	li	na	zu	he	ku	xiao	xian	lao	bo	zhe	zha	liang	ba	mie	lie	sui	fu	bu	han	heng	geng	shuo	ge	you	yan	gu	gu	bei	han	suo	chun	yi	ai	jia	tu	xian	wan	li	xi	tang	zuo	qiu	che	wu	zao	ya	dou	qi	di	qin	mai	mo	hong	dou	qu	lao	liang	suo	zao	huan	lang	sha	ji	zu	wo	feng	jin	hu	qi	shou	wei	shua	chang	er	li	qiang	an	ze	yo	nian	yu	tian	lai	sha	xi	tuo	hu	ai	zhao	nou	ken	zhuo	zhuo	shang	di	heng	lin	a	cai	xiang	tun	wu	wen	cui	sha	gu	qi	qi	tao	dan	dan	ye	zi	bi	cui	chuai	he	ya	qi	zhe	fei	liang	xian	pi	sha	la	ze	ying	gua	pa	zhe	se	zhuan	nie	guo	luo	yan	di	quan	chan	bo	ding	lang	xiao	ju	tang	chi	ti	an	jiu	dan	ka	yong	wei	nan	shan	yu	zhe	la	jie	hou	han	die	zhou	chai	wai	nuo	yu	yin	za	yao	o	mian	hu	yun	chuan	hui	huan	huan	xi	he	ji	kui	zhong	wei	sha	xu	huang	duo	nie	xuan	liang	yu	sang	chi	qiao	yan	dan	pen	can	li	yo	zha	wei	miao	ying	pen	bu	kui	xi	yu	jie	lou	ku	zao	hu	ti	yao	he	sha	xiu	qiang	se	yong	su	hong	xie	ai	suo	ma	cha	hai	ke	da	sang	chen	ru	sou	wa	ji	pang	wu	qian	shi	ge	zi	jie	lao	weng	wa	si	chi	hao	suo
55E8	hai	suo	qin	nie	he	zhi	sai	ng	ge	na	dia	ai	qiang	tong	bi	ao	ao	lian	zui	zhe	mo	sou	sou	tan	di	qi	jiao	chong	jiao	kai	tan	shan	cao	jia	ai	xiao	piao	lou	ga	gu	xiao	hu	hui	guo	ou	xian	ze	chang	xu	po	de	ma	ma	hu	lei	du	ga	tang	ye	beng	ying	sai	jiao	mi	xiao	hua	mai	ran	zuo	peng	lao	xiao	ji	zhu	chao	kui	zui	xiao	si	hao	fu	liao	qiao	xi	chu	chan	dan	hei	xun	e	zun	fan	chi	hui	zan	chuang	cu	dan	yu	tun	ceng	jiao	ye	xi	qi	hao	lian	xu	deng	hui	yin	pu	jue	qin	xun	nie	lu	si	yan	ying	da	zhan	o	zhou	jin	nong	hui	xie	qi	e	zao	yi	shi	jiao	yuan	ai	yong	xue	kuai	yu	pen	dao	ga	hm	dun	dang	xin	sai	pi	pi	yin	zui	ning	di	lan	ta	huo	ru	hao	xia	ye	duo	pi	chou	ji	jin	hao	ti	chang	xun	me	ca	ti	lu	hui	bo	you	nie	yin	hu	me	hong	zhe	li	liu	hai	nang	xiao	mo	yan	li	lu	long	mo	dan	chen	pin	pi	xiang	huo	mo	xi	duo	ku	yan	chan	ying	rang	dian	la	ta	xiao	jue	chuo	huan	huo	zhuan	nie	xiao	ca	li	chan	chai	li	yi	luo	nang	za	su	xi	zen	jian	za	zhu	lan	nie	nang	lan	lo	wei	hui	yin	qiu	si	nin	jian	hui	xin	yin	nan	tuan	tuan	dun	kang	yuan	jiong	pian	yun	cong	hu	hui	yuan	e	guo	kun	cong	tong	tu	wei	lun	guo	qun	ri	ling	gu	guo	tai	guo	tu	you	guo	yin	hun	pu	yu	han	yuan	lun	quan	yu	qing	guo	chui	wei	yuan	quan	ku	pu	yuan	yuan	ya	tu	tu	tu	tuan	lue	hui	yi	huan	luan	luan	tu	ya	tu	ting	sheng	pu	lu	kuai	ya	zai	wei	ge	tuo	wu	gui	pi	yi	de	qian	qian	zhen	zhuo	dang	qia	xia	shan	kuang	chang	qi	nie	mo	ji	jia	zhi	zhi	ban	xun	yi	qin	mei	jun	rong	tun	fang	ben	ben	tan	kan	huai	zuo	keng	bi	jing	di	jing	ji	kuai	di	jing	jian	tan	li	ba	wu	fen	zhui	po	ban	tang	kun	qu	tan	zhi	tuo	gan	ping	dian	gua	ni	tai	pi	jiong	yang	fo	ao	lu	qiu	mu	ke	gou	xue	ba	di	che	ling	zhu	fu	hu	zhi	chui	la	long	long	lu	ao	dai	pao	min	xing	dong	ji	he	lu	ci	chi	lei	gai	yin	hou	dui	zhao	fu	guang	yao	duo	duo	gui	cha	yang	yin	fa	gou	yuan	die	xie	ken	shang	shou	e	bing	dian	hong	ya	kua	da	ka	dang	kai	hang	nao	an	xing	xian	yuan	bang	fu	ba	yi	yin	han	xu	chui	qin	geng	ai	beng	fang	que	yong	jun	jia	di	mai	lang	juan	cheng	shan	jin	zhe	lie	lie	bu	cheng	hua	bu	shi	xun	guo	jiong	ye	nian	di	yu	bu	ya	quan	sui	pi	qing	wan	ju	lun	zheng	kong	tang	dong	dai	tan	an	cai	chu	beng	kan	zhi	duo	yi	zhi	yi	pei	ji	zhun	qi	sao	ju	ni	ku	ke	tang	kun	ni	jian	dui	jin	gang	yu	e	peng	gu	tu	leng	fang	ya	qian	kun	an	shen	duo	nao	tu	cheng	yin	hun	bi	lian	guo	die	zhuan	hou	bao	bao	yu	di	mao	jie	ruan	e	geng	kan	zong	yu	huang	e	yao	yan	bao	ji	mei	chang	du	tuo	yin	feng	zhong	jie	jin	heng	gang	chun	jian	ping	lei	xiang	huang	leng	duan	wan	xuan	ji	ji	kuai	ying	ta	cheng	yong	kai	su	su	shi	mi	ta	weng	cheng	tu	tang	que	zhong	li	zhong	bang	sai	zang	dui	tian	wu	zheng	xun	ge	zhen	ai	gong	yan	kan	tian	yuan	wen	xie	liu	hai	lang	chang	peng	beng	chen	lu	lu	ou	qian	mei	mo	zhuan	shuang	shu	lou	chi	man	biao	jing	ce	shu	zhi	zhang	kan	yong	dian	chen	zhi	xi	guo	qiang	jin	di	shang	mu	cui	yan	ta	zeng	qian	qiang	liang	wei	zhui	qiao	zeng	xu	shan	shan	ba	pu	kuai	dong	fan	que	mo	dun	dun	zun	di	sheng	duo	duo	tan	deng	mu	fen	huang	tan	da	ye	zhu	jian	ao	qiang	ji	qiao	ken	yi	pi	bi	dian	jiang	ye	yong	xue	tan	lan	ju	huai	dang	rang	qian	xun	xian	xi	he	ai	ya	dao	hao	ruan	jin	lei	kuang	lu	yan	tan	wei	huai	long	long	rui	li	lin	rang	chan	xun	yan	lei	ba	wan	shi	ren	san	zhuang	zhuang	sheng	yi	mai	ke	zhu	zhuang	hu	hu	kun	yi	hu	xu	kun	shou	mang	zun	shou	yi	zhi	gu	chu	jiang	feng	bei	zhai	bian	sui	qun	ling	fu	cuo	xia	xiong	xie	nao	xia	kui	xi	wai	yuan	mao	su	duo	duo	ye	qing	wai	gou	gou	qi	meng	meng	yin	huo	chen	da	ze	tian	tai	fu	guai	yao	yang	hang	gao	shi	tao	tai	tou	yan	bi	yi	kua	jia	duo	hua	kuang	yun	jia	ba	en	lian	huan	di	yan	pao	juan	qi	nai	feng	xie	fen	dian	quan	kui	zou	huan	qi	kai	zha	ben	yi	jiang	tao	zang	ben	xi	huang	fei	diao	xun	beng	dian	ao	she	weng	ha	ao	wu	ao	jiang	lian	duo	yun	jiang	shi	fen	huo	bi	luan	duo	nu	nu	ding	nai	qian	jian	ta	jiu	nuan	cha	hao	xian	fan	ji	shuo	ru	fei	wang	hong	zhuang	fu	ma	dan	ren	fu	jing	yan	hai	wen	zhong	pa	du	ji	keng	zhong	yao	jin	yun	miao	fou	chi	yue	zhuang	niu	yan	na	xin	fen	bi	yu	tuo	feng	yuan	fang	wu	yu	gui	du	ba	ni	zhou	zhuo	zhao	da	nai	yuan	tou	xian	zhi	e	mei	mo	qi	bi	shen	qie	e	he	xu	fa	zheng	min	ban	mu	fu	ling	zi	zi	shi	ran	shan	yang	man	jie	gu	si	xing	wei	zi	ju	shan	pin	ren	yao	dong	jiang	shu	ji	gai	xiang	hua	juan	jiao	gou	lao	jian	jian	yi	nian	zhi	ji	ji	xian	heng	guang	jun	kua	yan	ming	lie	pei	e	you	yan	cha	shen	yin	shi	gui	quan	zi	song	wei	hong	wa	lou	ya	rao	jiao	luan	ping	xian	shao	li	cheng	xie	mang	fu	suo	mei	wei	ke	chuo	chuo	ting	niang	xing	nan	yu	na	pou	nei	juan	shen	zhi	han	di	zhuang	e	pin	tui	xian	mian	wu	yan	wu	ai	yan	yu	si	yu	wa	li	xian	ju	qu	zhui	qi	xian	zhuo	dong	chang	lu	ai	e	e	lou	mian	cong	pou	ju	po	cai	ling	wan	biao	xiao	shu	qi	hui	fan	wo	rui	tan	fei	fei	jie	tian	ni	quan	jing	hun	jing	qian	dian	xing	hu	wan	lai	bi	yin	zhou	chuo	fu	jing	lun	an	lan	kun	yin	ya	ju	li	dian	xian	hua	hua	ying	chan	shen	ting	dang	yao	wu	nan	ruo	jia	tou	xu	yu	wei	di	rou	mei	dan	ruan	qin	hui	wo	qian	chun	miao	fu	jie	duan	yi	zhong	mei	huang	mian	an	ying	xuan	jie	wei	mei	yuan	zheng	qiu	shi	xie	tuo	lian	mao	ran	si	pian	wei	wa	cu	hu	ao	jie	bao	xu	tou	gui	chu	yao	pi	xi	yuan	ying	rong	ru	chi	liu	mei	pan	ao	ma	gou	kui	qin	jia	sao	zhen	yuan	jie	rong	ming	ying	ji	su	niao	xian	tao	pang	lang	nao	bao	ai	pi	pin	yi	piao	yu	lei	xuan	man	yi	zhang	kang	yong	ni	li	di	gui	yan	jin	zhuan	chang	ze	han	nen	lao	mo	zhe	hu	hu	ao	nen	qiang	ma	pie	gu	wu	qiao	tuo	zhan	miao	xian	xian	mo	liao	lian	hua	gui	deng	zhi	xu	yi	hua	xi	kui	rao	xi	yan	chan	jiao	mei	fan	fan	xian	yi	hui	jiao	fu	shi	bi	shan	sui	qiang	lian	huan	xin	niao	dong	yi	can	ai	niang	ning	ma	tiao	chou	jin	ci	yu	pin	rong	ru	nai	yan	tai	ying	qian	niao	yue	ying	mian	bi	mo	shen	xing	ni	du	liu	yuan	lan	yan	shuang	ling	jiao	niang	lan	xian	ying	shuang	hui	quan	mi	li	luan	yan	zhu	lan	zi	jie	jue	jue	kong	yun	ma	zi	cun	sun	fu	bei	zi	xiao	xin	meng	si	tai	bao	ji	gu	nu	xue	you	zhuan	hai	luan	sun	nao	mie	cong	qian	shu	chan	ya	zi	ni	fu	zi	li	xue	bo	ru	nai	nie	nie	ying	luan	mian	ning	rong	ta	gui	zhai	qiong	yu	shou	an	tu	song	wan	rou	yao	hong	yi	jing	zhun	mi	zhu	dang	hong	zong	guan	zhou	ding	wan	yi	bao	shi	shi	chong	shen	ke	xuan	shi	you	huan	yi	tiao	shi	xian	gong	cheng	qun	gong	xiao	zai	zha	bao	hai	yan	xiao	jia	shen	chen	rong	huang	mi	kou	kuan	bin	su	cai	zan	ji	yuan	ji	yin	mi	kou	qing	he	zhen	jian	fu	ning	bing	huan	mei	qin	han	yu	shi	ning	jin	ning	zhi	yu	bao	kuan	ning	qin	mo	cha	ju	gua	qin	hu	wu	liao	shi	ning	zhai	shen	wei	xie	kuan	hui	liao	jun	huan	yi	yi	bao	qin	chong	bao	feng	cun	dui	si	xun	dao	lu	dui	shou	po	feng	zhuan	fu	she	ke	jiang	jiang	zhuan	wei	zun	xun	shu	dui	dao	xiao	jie	shao	er	er	er	ga	jian	shu	chen	shang	shang	mo	ga	chang	liao	xian	xian	kun	wang	wang	you	liao	liao	yao	mang	wang	wang	wang	ga	yao	duo	kui	zhong	jiu	gan	gu	gan	tui	gan	gan	shi	yin	chi	kao	ni	jin	wei	niao	ju	pi	ceng	xi	bi	ju	jie	tian	qu	ti	jie	wu	diao	shi	shi	ping	ji	xie	zhen	xie	ni	zhan	xi	wei	man	e	lou	ping	ti	fei	shu	xie	tu	lu	lu	xi	ceng	lu	ju	xie	ju	jue	liao	jue	shu	xi	che	tun	ni	shan	wa	xian	li	e	hui	hui	long	yi	qi	ren	wu	han	shen	yu	chu	sui	qi	ren	yue	ban	yao	ang	ya	wu	jie	e	ji	qian	fen	wan	qi	cen	qian	qi	cha	jie	qu	gang	xian	ao	lan	dao	ba	zuo	zuo	yang	ju	gang	ke	gou	xue	po	li	tiao	qu	yan	fu	xiu	jia	ling	tuo	pi	ao	dai	kuang	yue	qu	hu	po	min	an	tiao	ling	chi	ping	dong	han	kui	xiu	mao	tong	xue	yi	bian	he	ba	luo	e	fu	xun	die	lu	en	er	gai	quan	dong	yi	mu	shi	an	wei	huan	zhi	mi	lie	ji	tong	wei	you	qia	xia	li	yao	jiao	zheng	luan	jiao	e	e	yu	xie	bu	qiao	qun	feng	feng	nao	li	you	xian	rong	dao	shen	cheng	tu	geng	jun	gao	xia	yin	wu	lang	kan	lao	lai	xian	que	kong	chong	chong	ta	lin	hua	ju	lai	qi	min	kun	kun	zu	gu	cui	ya	ya	gang	lun	lun	leng	jue	duo	zheng	guo	yin	dong	han	zheng	wei	xiao	pi	yan	song	jie	beng	zu	ku	dong	zhan	gu	yin	zi	ze	huang	yu	wai	yang	feng	qiu	yang	ti	yi	zhi	shi	zai	yao	e	zhu	kan	lu	yan	mei	han	ji	ji	huan	ting	sheng	mei	qian	wu	yu	zong	lan	ke	yan	yan	wei	zong	cha	sui	rong	ke	qin	yu	qi	lou	tu	dui	xi	weng	cang	dang	rong	jie	kai	liu	wu	song	qiao	zi	wei	beng	dian	cuo	qian	yong	nie	cuo	ji	shi	ruo	song	zong	jiang	liao	kang	chan	die	cen	ding	tu	lou	zhang	zhan	zhan	ao	cao	qu	qiang	cui	zui	dao	dao	xi	yu	pei	long	xiang	ceng	bo	qin	jiao	yan	lao	zhan	lin	liao	liao	jin	deng	duo	zun	jiao	gui	yao	jiao	yao	jue	shan	yi	xue	nao	ye	ye	yi	nie	xian	ji	xie	ke	xi	di	ao	zui	wei	yi	rong	dao	ling	jie	yu	yue	yin	ru	jie	li	gui	long	long	dian	rong	xi	ju	chan	ying	kui	yan	wei	nao	quan	chao	cuan	luan	dian	dian	nie	yan	yan	yan	kui	yan	chuan	kuai	chuan	zhou	huang	jing	xun	chao	chao	lie	gong	zuo	qiao	ju	gong	ju	wu	pu	pu	cha	qiu	qiu	ji	yi	si	ba	zhi	zhao	xiang	yi	jin	xun	juan	ba	xun	jin	fu	za	bi	shi	bu	ding	shuai	fan	nie	shi	fen	pa	zhi	xi	hu	dan	wei	zhang	tang	dai	mo	pei	pa	tie	bo	lian	zhi	zhou	bo	zhi	di	mo	yi	yi	ping	qia	juan	ru	shuai	dai	zhen	shui	qiao	zhen	shi	qun	xi	bang	dai	gui	chou	ping	zhang	san	wan	dai	wei	chang	sha	qi	ze	guo	mao	du	hou	zheng	xu	mi	wei	wo	fu	yi	bang	ping	die	gong	pan	huang	tao	mi	jia	teng	hui	zhong	shan	man	mu	biao	guo	ze	mu	bang	zhang	jing	chan	fu	zhi	hu	fan	chuang	bi	bi	zhang	mi	qiao	chan	fen	meng	bang	chou	mie	chu	jie	xian	lan	gan	ping	nian	jian	bing	bing	xing	gan	yao	huan	you	you	ji	guang	pi	ting	ze	guang	zhuang	mo	qing	bi	qin	dun	chuang	gui	ya	bai	jie	xu	lu	wu	zhuang	ku	ying	di	pao	dian	ya	miao	geng	ci	fu	tong	pang	fei	xiang	yi	zhi	tiao	zhi	xiu	du	zuo	xiao	tu	gui	ku	mang	ting	you	bu	bing	cheng	lai	bi	ji	an	shu	kang	yong	tuo	song	shu	qing	yu	yu	miao	sou	ce	xiang	fei	jiu	e	wei	liu	sha	lian	lang	sou	zhi	bu	qing	jiu	jiu	jin	ao	kuo	lou	yin	liao	dai	lu	yi	chu	chan	tu	si	xin	miao	chang	wu	fei	guang	ku	kuai	bi	qiang	xie	lin	lin	liao	lu	ji	ying	xian	ting	yong	li	ting	yin	xun	yan	ting	di	pai	jian	hui	nai	hui	gong	nian	kai	bian	yi	qi	nong	fen	ju	yan	yi	zang	bi	yi	yi	er	san	shi	er	shi	shi	gong	diao	yin	hu	fu	hong	wu	tui	chi	jiang	ba	shen	di	zhang	jue	tao	fu	di	mi	xian	hu	chao	nu	jing	zhen	yi	mi	quan	wan	shao	ruo	xuan	jing	diao	zhang	jiang	qiang	peng	dan	qiang	bi	bi	she	dan	jian	gou	ge	fa	bi	kou	jian	bie	xiao	dan	guo	jiang	hong	mi	guo	wan	jue	ji	ji	gui	dang	lu	lu	tuan	hui	zhi	hui	hui	yi	yi	yi	yi	yue	yue	shan	xing	wen	tong	yan	yan	yu	chi	cai	biao	diao	bin	peng	yong	piao	zhang	ying	chi	chi	zhuo	tuo	ji	pang	zhong	yi	wang	che	bi	di	ling	fu	wang	zheng	cu	wang	jing	dai	xi	xun	hen	yang	huai	lu	hou	wang	cheng	zhi	xu	jing	tu	cong	zhi	lai	cong	de	pai	xi	dong	ji	chang	zhi	cong	zhou	lai	yu	xie	jie	jian	shi	jia	bian	huang	fu	xun	wei	pang	yao	wei	xi	zheng	piao	ti	de	zheng	zhi	bie	de	chong	che	jiao	hui	jiao	hui	mei	long	xiang	bao	qu	xin	xin	bi	yi	le	ren	dao	ding	gai	ji	ren	ren	chan	tan	te	te	gan	qi	shi	cun	zhi	wang	mang	xi	fan	ying	tian	min	wen	zhong	chong	wu	ji	wu	xi	jia	you	wan	cong	song	kuai	yu	bian	zhi	qi	cui	chen	tai	tun	qian	nian	hun	xiong	niu	kuang	xian	xin	kang	hu	kai	fen	huai	tai	song	wu	ou	chang	chuang	ju	yi	bao	chao	min	pei	zuo	zen	yang	ju	ban	nu	nao	zheng	pa	bu	tie	hu	hu	ju	da	lian	si	chou	di	dai	yi	tu	you	fu	ji	peng	xing	yuan	ni	guai	fu	xi	bi	you	qie	xuan	cong	bing	huang	xu	chu	bi	shu	xi	tan	yong	zong	dui	mo	zhi	yi	shi	nen	xun	shi	xi	lao	heng	kuang	mou	zhi	xie	lian	tiao	huang	die	hao	kong	gui	heng	xi	jiao	shu	si	hu	qiu	yang	hui	hui	chi	jia	yi	xiong	guai	lin	hui	zi	xu	chi	shang	nu	hen	en	ke	dong	tian	gong	quan	xi	qia	yue	peng	ken	de	hui	e	xiao	tong	yan	kai	ce	nao	yun	mang	yong	yong	yuan	pi	kun	qiao	yue	yu	tu	jie	xi	zhe	lin	ti	han	hao	qie	ti	bu	yi	qian	hui	xi	bei	man	yi	heng	song	quan	cheng	kui	wu	wu	you	li	liang	huan	cong	yi	yue	li	nin	nao	e	que	xuan	qian	wu	min	cong	fei	bei	de	cui	chang	men	li	ji	guan	guan	xing	dao	qi	kong	tian	lun	xi	kan	gun	ni	qing	chou	dun	guo	zhan	jing	wan	yuan	jin	ji	lan	yu	huo	he	quan	tan	ti	ti	nie	wang	chuo	hu	hun	xi	chang	xin	wei	hui	e	suo	zong	jian	yong	dian	ju	can	cheng	de	bei	qie	can	dan	guan	duo	nao	yun	xiang	zhui	die	huang	chun	qiong	re	xing	ce	bian	min	zong	ti	qiao	chou	bei	xuan	wei	ge	qian	wei	yu	yu	bi	xuan	huan	min	bi	yi	mian	yong	kai	dang	yin	e	chen	mao	qia	ke	yu	ai	qie	yan	nuo	gan	yun	zong	sai	leng	fen	ying	kui	kui	que	gong	yun	su	su	qi	yao	song	huang	ji	gu	ju	chuang	ni	xie	kai	zheng	yong	cao	xun	shen	bo	kai	yuan	xi	hun	yong	yang	li	sao	tao	yin	ci	xu	qian	tai	huang	yun	shen	ming	gong	she	cong	piao	mu	mu	guo	chi	can	can	can	cui	min	te	zhang	tong	ao	shuang	man	guan	que	zao	jiu	hui	kai	lian	ou	song	qin	yin	lu	shang	wei	tuan	man	qian	she	yong	qing	kang	di	zhi	lou	juan	qi	qi	yu	ping	liao	cong	you	chong	zhi	tong	cheng	qi	qu	peng	bei	bie	qiong	jiao	zeng	chi	lian	ping	kui	hui	qiao	cheng	yin	yin	xi	xi	dan	tan	duo	dui	dui	su	jue	ce	xiao	fan	fen	lao	lao	chong	han	qi	xian	min	jing	liao	wu	can	jue	cu	xian	tan	sheng	pi	yi	chu	xian	nao	dan	tan	jing	song	han	jiao	wei	xuan	dong	qin	qin	ju	cao	ken	xie	ying	ao	mao	yi	lin	se	jun	huai	men	lan	ai	lin	yan	kuo	xia	chi	yu	yin	dai	meng	ai	meng	dui	qi	mo	lan	men	chou	zhi	nuo	nuo	yan	yang	bo	zhi	kuang	kuang	you	fu	liu	mie	cheng	hui	chan	meng	lan	huai	xuan	rang	chan	ji	ju	huan	she	yi	lian	nan	mi	tang	jue	gang	gang	zhuang	ge	yue	wu	jian	xu	shu	rong	xi	cheng	wo	jie	ge	jian	qiang	huo	qiang	zhan	dong	qi	jia	die	zei	jia	ji	zhi	kan	ji	kui	gai	deng	zhan	qiang	ge	jian	jie	yu	jian	yan	lu	hu	zhan	xi	xi	chuo	dai	qu	hu	hu	hu	e	shi	ti	mao	hu	li	fang	suo	bian	dian	jiong	shang	yi	yi	shan	hu	fei	yan	shou	shou	cai	zha	qiu	le	pu	ba	da	reng	fan	ru	zai	tuo	zhang	diao	kang	yu	ku	han	shen	cha	tuo	gu	kou	wu	den	qian	zhi	ren	kuo	men	sao	yang	niu	ban	che	rao	xi	qian	ban	jia	yu	fu	ao	xi	pi	zhi	zhi	e	den	zhao	cheng	ji	yan	kuang	bian	chao	ju	wen	hu	yue	jue	ba	qin	dan	zheng	yun	wan	ne	yi	shu	zhua	pou	tou	dou	kang	zhe	pou	fu	pao	ba	ao	ze	tuan	kou	lun	qiang	yun	hu	bao	bing	zhi	peng	nan	bu	pi	tai	yao	zhen	zha	yang	bao	he	ni	ye	di	chi	pi	jia	mo	mei	chen	ya	chou	qu	min	chu	jia	fu	zha	zhu	dan	chai	mu	nian	la	fu	pao	ban	pai	lin	na	guai	qian	ju	ta	ba	tuo	tuo	ao	ju	zhuo	pan	zhao	bai	bai	di	ni	ju	kuo	long	jian	qia	yong	lan	ning	bo	ze	qian	hen	kuo	shi	jie	zheng	nin	gong	gong	quan	shuan	cun	za	kao	yi	xie	ce	hui	pin	zhuai	shi	na	bai	chi	gua	zhi	kuo	duo	duo	zhi	qie	an	nong	zhen	ge	jiao	kua	dong	na	tiao	lie	zha	lu	die	wa	jue	lie	ju	zhi	luan	ya	wo	ta	xie	nao	dang	jiao	zheng	ji	hui	xian	yu	ai	tuo	nuo	cuo	bo	geng	ti	zhen	cheng	sa	sa	keng	mei	nong	ju	peng	jian	yi	ting	shan	rua	wan	xie	cha	feng	jiao	wu	jun	jiu	tong	kun	huo	tu	zhuo	pou	lu	ba	han	shao	nie	juan	ze	shu	ye	jue	bu	wan	bu	zun	ye	zhai	lu	sou	tuo	lao	sun	bang	jian	huan	dao	wei	wan	qin	peng	she	lie	min	men	fu	bai	ju	dao	wo	ai	juan	yue	zong	chen	chui	jie	tu	ben	na	nian	ruo	zuo	wo	qi	xian	cheng	dian	sao	lun	qing	gang	duo	shou	diao	pou	di	zhang	hun	ji	tao	qia	qi	pai	shu	qian	ling	ye	ya	jue	zheng	liang	gua	yi	huo	yan	zheng	lue	cai	tan	che	bing	jie	ti	kong	tui	yan	cuo	zhou	ju	tian	qian	ken	bai	pa	jie	lu	guai	ming	jie	zhi	dan	meng	chan	sao	guan	peng	yuan	nuo	jian	zheng	jiu	jian	yu	yan	kui	nan	hong	rou	pi	wei	sai	zou	xuan	miao	ti	nie	cha	shi	zong	zhen	yi	xun	yong	bian	yang	huan	yan	zan	an	xu	ya	wo	ke	chuai	ji	ti	la	la	chen	kai	jiu	jiu	tu	jie	hui	gen	chong	xiao	die	xie	yuan	qian	ye	cha	zha	bei	yao	wei	beng	lan	wen	qin	chan	ge	lou	zong	gen	jiao	gou	qin	rong	que	chou	chuai	zhan	sun	sun	bo	chu	rong	bang	cuo	sao	ke	yao	dao	zhi	nu	la	jian	sou	qiu	gao	xian	shuo	sang	jin	mie	e	chui	nuo	shan	ta	zha	tang	pan	ban	da	li	tao	hu	zhi	wa	hua	qian	wen	qiang	tian	zhen	e	xie	nuo	quan	cha	zha	ge	wu	en	she	kang	she	shu	bai	yao	bin	sou	tan	sa	chan	suo	jiu	chong	chuang	guai	bing	feng	shuai	di	qi	sou	zhai	lian	cheng	chi	guan	lu	luo	lou	zong	gai	hu	zha	chuang	tang	hua	cui	nai	mo	jiang	gui	ying	zhi	ao	zhi	nie	man	chan	kou	chu	she	tuan	jiao	mo	mo	zhe	can	keng	biao	jiang	yao	gou	qian	liao	ji	ying	jue	pie	pie	lao	dun	xian	ruan	gui	zan	yi	xian	cheng	cheng	sa	nao	hong	si	han	guang	da	zun	nian	lin	zheng	hui	zhuang	jiao	ji	cao	dan	dan	che	bo	che	jue	fu	liao	ben	fu	qiao	bo	cuo	zhuo	zhuan	wei	pu	qin	dun	nian	hua	xie	lu	jiao	cuan	ta	han	qiao	wo	jian	gan	yong	lei	nang	lu	shan	zhuo	ze	pu	chuo	ji	dang	se	cao	qing	qing	huan	jie	qin	kuai	dan	xie	ka	pi	bo	ao	ju	ye	e	meng	sou	mi	ji	tai	zhuo	dao	xing	lan	ca	ju	ye	ru	ye	ye	ni	wo	jie	bin	ning	ge	zhi	zhi	kuo	mo	jian	xie	lie	tan	bai	sou	lu	lue	rao	ti	pan	yang	lei	ca	shu	zan	nian	xian	jun	huo	li	la	huan	ying	lu	long	qian	qian	zan	qian	lan	xian	ying	mei	rang	chan	weng	cuan	xie	she	luo	jun	mi	chi	zan	luan	tan	zuan	li	dian	wa	dang	jiao	jue	lan	li	nang	zhi	gui	gui	qi	xun	pu	pu	shou	kao	you	gai	yi	gong	gan	ban	fang	zheng	po	dian	kou	min	wu	gu	he	ce	xiao	mi	chu	ge	di	xu	jiao	min	chen	jiu	shen	duo	yu	chi	ao	bai	xu	jiao	duo	lian	nie	bi	chang	dian	duo	yi	gan	san	ke	yan	dun	ji	tou	xiao	duo	jiao	jing	yang	xia	min	shu	ai	qiao	ai	zheng	di	zhen	fu	shu	liao	qu	xiong	yi	jiao	shan	jiao	zhuo	yi	lian	bi	li	xiao	xiao	wen	xue	qi	qi	zhai	bin	jue	zhai	lang	fei	ban	ban	lan	yu	lan	wei	dou	sheng	liao	jia	hu	xie	jia	yu	zhen	jiao	wo	tiao	dou	jin	chi	yin	fu	qiang	zhan	qu	zhuo	zhan	duan	cuo	si	xin	zhuo	zhuo	qin	lin	zhuo	chu	duan	zhu	fang	chan	hang	yu	shi	pei	you	mei	pang	qi	zhan	mao	lu	pei	pi	liu	fu	fang	xuan	jing	jing	ni	zu	zhao	yi	liu	shao	jian	yu	yi	qi	zhi	fan	piao	fan	zhan	kuai	sui	yu	wu	ji	ji	ji	huo	ri	dan	jiu	zhi	zao	xie	tiao	xun	xu	ga	la	gan	han	tai	di	xu	chan	shi	kuang	yang	shi	wang	min	min	tun	chun	wu	yun	bei	ang	ze	ban	jie	kun	sheng	hu	fang	hao	gui	chang	xuan	ming	hun	fen	qin	hu	yi	xi	xin	yan	ze	fang	tan	shen	ju	yang	zan	bing	xing	ying	xuan	po	zhen	ling	chun	hao	mei	zuo	mo	bian	xu	hun	zhao	zong	shi	shi	yu	fei	die	mao	ni	chang	wen	dong	ai	bing	ang	zhou	long	xian	kuang	tiao	chao	shi	huang	huang	xuan	kui	xu	jiao	jin	zhi	jin	shang	tong	hong	yan	gai	xiang	shai	xiao	ye	yun	hui	han	han	jun	wan	xian	kun	zhou	xi	cheng	sheng	bu	zhe	zhe	wu	wan	hui	hao	chen	wan	tian	zhuo	zui	zhou	pu	jing	xi	shan	ni	xi	qing	qi	jing	gui	zheng	yi	zhi	an	wan	lin	liang	chang	wang	xiao	zan	fei	xuan	geng	yi	xia	yun	hui	xu	min	kui	ye	ying	shu	wei	shu	qing	mao	nan	jian	nuan	an	yang	chun	yao	suo	pu	ming	jiao	kai	gao	weng	chang	qi	hao	yan	li	ai	ji	ji	men	zan	xie	hao	mu	mo	cong	ni	zhang	hui	bao	han	xuan	chuan	liao	xian	tan	jing	pie	lin	tun	xi	yi	ji	huang	dai	ye	ye	li	tan	tong	xiao	fei	shen	zhao	hao	yi	xiang	xing	shen	jiao	bao	jing	yan	ai	ye	ru	shu	meng	xun	yao	pu	li	chen	kuang	die	liao	yan	huo	lu	xi	rong	long	nang	luo	luan	shai	tang	yan	zhu	yue	yue	qu	ye	geng	ye	hu	he	shu	cao	cao	sheng	man	ceng	ceng	ti	zui	can	xu	hui	yin	qie	fen	pi	yue	you	ruan	peng	fen	fu	ling	fei	qu	ti	nu	tiao	shuo	zhen	lang	lang	zui	ming	huang	wang	tun	chao	ji	qi	ying	zong	wang	tong	lang	lao	meng	long	mu	deng	wei	mo	ben	zha	shu	shu	mu	zhu	ren	ba	pu	duo	duo	dao	li	gui	ji	jiu	bi	xiu	cheng	ci	sha	ru	za	quan	qian	yu	gan	wu	cha	shan	xun	fan	wu	zi	li	xing	cai	cun	ren	biao	tuo	di	zhang	mang	chi	yi	gai	gong	du	li	qi	shu	gang	tiao	jie	mian	wan	lai	jiu	mang	yang	ma	miao	si	yuan	hang	fei	bei	jie	dong	gao	yao	xian	chu	chun	pa	shu	hua	xin	chou	zhu	chou	song	ban	song	ji	wo	jin	gou	ji	mao	pi	bi	wang	ang	fang	fen	yi	fu	nan	xi	hu	ya	dou	xin	zhen	yao	lin	rui	e	mei	zhao	guo	zhi	cong	yun	hua	sheng	shu	zao	di	li	lu	jian	cheng	song	qiang	feng	zhan	xiao	xian	ku	ping	tai	xi	zhi	guai	xiao	jia	jia	gou	bao	mo	yi	ye	ye	shi	nie	bi	tuo	yi	ling	bing	ni	la	he	ban	fan	zhong	dai	ci	yang	fu	bai	mou	gan	qi	ran	rou	mao	shao	song	zhe	xia	you	shen	gui	tuo	zha	nan	ning	yong	di	zhi	zha	cha	dan	gu	bu	jiu	ao	fu	jian	ba	duo	ke	nai	zhu	bi	liu	chai	shan	si	zhu	pei	shi	guai	zha	yao	cheng	jiu	shi	zhi	liu	mei	li	rong	zha	zao	biao	zhan	zhi	long	dong	lu	sheng	li	lan	yong	shu	xun	shuan	qi	zhen	qi	li	yi	xiang	zhen	li	se	gua	kan	ben	ren	xiao	bai	ren	bing	zi	chou	yi	ci	xu	zhu	jian	zui	er	er	you	fa	gong	kao	lao	zhan	lie	yin	yang	he	gen	yi	shi	ge	zai	luan	fu	jie	heng	gui	tao	guang	wei	kuang	ru	an	an	juan	yi	zhuo	ku	zhi	qiong	tong	sang	sang	huan	jie	jiu	xue	duo	zhui	yu	zan
685C	ying	jie	liu	zhan	ya	rao	zhen	dang	qi	qiao	hua	gui	jiang	zhuang	xun	suo	sha	zhen	bei	ting	kuo	jing	po	ben	fu	rui	tong	jue	xi	lang	liu	feng	qi	wen	jun	gan	su	liang	qiu	ting	you	mei	bang	long	peng	zhuang	di	xuan	tu	zao	ao	gu	bi	di	han	zi	zhi	ren	bei	geng	jian	huan	wan	nuo	jia	tiao	ji	xiao	lu	hun	shao	chen	fen	song	meng	wu	li	li	dou	qin	ying	suo	ju	ti	xie	kun	zhuo	shu	chan	fan	wei	jing	li	bin	xia	fo	tao	zhi	lai	lian	jian	zhuo	ling	li	qi	bing	lun	cong	qian	mian	qi	qi	cai	gun	chan	de	fei	pai	bang	bei	hun	zong	cheng	zao	ji	li	peng	yu	yu	gu	jun	dong	tang	gang	wang	di	cuo	fan	cheng	zhan	qi	yuan	yan	yu	quan	yi	sen	ren	chui	leng	qi	zhuo	fu	ke	lai	zou	zou	zhao	guan	fen	fen	shen	qing	ni	wan	guo	lu	hao	jie	yi	chou	ju	ju	cheng	zuo	liang	qiang	zhi	zhui	ya	ju	bei	jiao	zhuo	zi	bin	peng	ding	chu	chang	men	hua	jian	gui	xi	du	qian	dao	gui	dian	luo	zhi	quan	ming	fu	geng	peng	shan	yi	tuo	sen	duo	ye	fu	wei	wei	duan	jia	zong	jian	yi	shen	xi	yan	yan	chuan	jian	chun	yu	he	zha	wo	pian	bi	yao	huo	xu	ruo	yang	la	yan	ben	hui	kui	jie	kui	si	feng	xie	tuo	zhi	jian	mu	mao	chu	hu	hu	lian	leng	ting	nan	yu	you	mei	song	xuan	xuan	yang	zhen	pian	die	ji	jie	ye	chu	dun	yu	zou	wei	mei	ti	ji	jie	kai	qiu	ying	rou	huang	lou	le	quan	xiang	pin	shi	gai	tan	lan	wen	yu	chen	lu	ju	shen	chu	bi	xie	jia	yi	zhan	fu	nuo	mi	lang	rong	gu	jian	ju	ta	yao	zhen	bang	sha	yuan	zi	ming	su	jia	yao	jie	huang	gan	fei	zha	qian	ma	sun	yuan	xie	rong	shi	zhi	cui	wen	ting	liu	rong	tang	que	zhai	si	sheng	ta	ke	xi	gu	qi	gao	gao	sun	pan	tao	ge	chun	dian	nou	ji	shuo	gou	chui	qiang	cha	qian	huai	mei	xu	gang	gao	zhuo	tuo	qiao	yang	dian	jia	kan	zui	dao	long	bin	zhu	sang	xi	ji	lian	hui	yong	qian	guo	gai	gai	tuan	hua	qi	sen	cui	peng	you	hu	jiang	hu	huan	gui	nie	yi	gao	kang	gui	gui	cao	man	jin	di	zhuang	le	lang	chen	cong	li	xiu	qing	shuang	fan	tong	guan	ze	su	lei	lu	liang	mi	lou	chao	su	ke	chu	tang	biao	lu	jiu	zhe	zha	shu	zhang	man	mo	niao	yang	tiao	peng	zhu	sha	xi	quan	heng	jian	cong	ji	yan	qiang	xue	ying	er	xun	zhi	qiao	zui	cong	pu	shu	hua	kui	zhen	zun	yue	shan	xi	chun	dian	fa	gan	mo	wu	qiao	rao	lin	liu	qiao	xian	run	fan	zhan	tuo	liao	yun	shun	dun	cheng	tang	meng	ju	cheng	su	jue	jue	dian	hui	ji	nuo	xiang	tuo	ning	rui	zhu	tong	zeng	fen	qiong	ran	heng	qian	gu	liu	lao	gao	chu	xi	sheng	zi	san	ji	dou	jing	lu	jian	chu	yuan	ta	shu	jiang	tan	lin	nong	yin	xi	hui	shan	zui	xuan	cheng	gan	ju	zui	yi	qin	pu	yan	lei	feng	hui	dang	ji	sui	bo	ping	cheng	chu	zhua	gui	ji	jie	jia	qing	zhai	jian	qiang	dao	yi	biao	song	she	lin	li	cha	meng	yin	tao	tai	mian	qi	tuan	bin	huo	ji	qian	ni	ning	yi	gao	kan	yin	nou	qing	yan	qi	mi	zhao	gui	chun	ji	kui	po	deng	chu	ge	mian	you	zhi	huang	qian	lei	lei	sa	lu	li	cuan	lu	mie	hui	ou	lu	zhi	gao	du	yuan	li	fei	zhuo	sou	lian	jiang	chu	qing	zhu	lu	yan	li	zhu	chen	jie	e	su	huai	nie	yu	long	lai	jiao	xian	gui	ju	xiao	ling	ying	jian	yin	you	ying	xiang	nong	bo	chan	lan	ju	shuang	she	wei	cong	quan	qu	cang	jiu	yu	luo	li	cuan	luan	dang	jue	yan	lan	lan	zhu	lei	li	ba	nang	yu	ling	guang	qian	ci	huan	xin	yu	yi	qian	ou	xu	chao	chu	qi	kai	yi	jue	xi	xu	he	yu	kui	lang	kuan	shuo	xi	ai	qi	qi	xu	chi	qin	kuan	kan	kuan	kan	chuan	sha	gua	yin	xin	xie	yu	qian	xiao	ye	ge	wu	tan	jin	ou	hu	ti	huan	xu	pen	xi	xiao	chua	she	shan	han	chu	yi	e	yu	chuo	huan	zhi	zheng	ci	bu	wu	qi	bu	bu	wai	ju	qian	chi	se	chi	se	zhong	sui	sui	li	ze	yu	li	gui	dai	e	si	jian	zhe	mo	mo	yao	mo	cu	yang	tian	sheng	dai	shang	xu	xun	shu	can	jue	piao	qia	qiu	su	qing	yun	lian	yi	fou	zhi	ye	can	hun	dan	ji	die	zhen	yun	wen	chou	bin	ti	jin	shang	yin	diao	jiu	hui	cuan	yi	dan	du	jiang	lian	bin	du	jian	jian	shu	ou	duan	zhu	yin	qing	yi	sha	qiao	ke	xiao	xun	dian	hui	hui	gu	qiao	ji	yi	ou	hui	duan	yi	xiao	wu	guan	mu	mei	mei	ai	jie	du	yu	bi	bi	bi	pi	pi	bi	chan	mao	hao	cai	pi	lie	jia	zhan	sai	mu	tuo	xun	er	rong	xian	ju	mu	hao	qiu	dou	sha	tan	pei	ju	duo	cui	bi	san	san	mao	sai	shu	shu	tuo	he	jian	ta	san	lu	mu	mao	tong	rong	chang	pu	lu	zhan	sao	zhan	meng	lu	qu	die	shi	di	min	jue	mang	qi	pie	nai	qi	dao	xian	chuan	fen	yang	nei	bin	fu	shen	dong	qing	qi	yin	xi	hai	yang	an	ya	ke	qing	ya	dong	dan	lu	qing	yang	yun	yun	shui	shui	zheng	bing	yong	dang	shui	le	ni	tun	fan	jiu	ting	zhi	qiu	bin	ze	mian	cuan	hui	diao	han	cha	zhuo	chuan	wan	fan	da	xi	tuo	mang	qiu	qi	shan	pin	han	qian	wu	wu	xun	si	ru	gong	jiang	chi	wu	tu	jiu	tang	zhi	zhi	qian	mi	gu	wang	jing	jing	rui	jun	hong	tai	quan	ji	bian	bian	gan	wen	zhong	fang	xiong	jue	hu	niu	qi	fen	xu	xu	qin	yi	wo	yun	yuan	hang	yan	shen	chen	dan	you	dun	hu	huo	qi	mu	nu	mei	da	mian	mi	chong	pang	bi	sha	zhi	pei	pan	zhui	za	gou	liu	mei	ze	feng	ou	li	lun	cang	feng	wei	hu	mo	mei	shu	ju	za	tuo	tuo	tuo	he	li	mi	yi	fa	fei	you	tian	zhi	zhao	gu	zhan	yan	si	kuang	jiong	ju	xie	qiu	yi	jia	zhong	quan	po	hui	mi	ben	ze	zhu	le	you	gu	hong	gan	fa	mao	si	hu	ping	ci	fan	zhi	su	ning	cheng	ling	pao	bo	qi	si	ni	ju	sa	zhu	sheng	lei	xuan	jue	fu	pan	min	tai	yang	ji	yong	guan	beng	xue	long	lu	dan	luo	xie	po	ze	jing	yin	pan	jie	ye	hui	hui	zai	cheng	yin	wei	hou	jian	yang	lie	si	ji	er	xing	fu	sa	qi	zhi	yin	wu	xi	kao	zhu	jiang	luo	luo	an	dong	ti	mou	lei	yi	mi	quan	jin	po	wei	xiao	xie	hong	xu	su	kuang	tao	qie	ju	er	zhou	ru	ping	xun	xiong	zhi	guang	huan	ming	huo	wa	qia	pai	wu	qu	liu	yi	jia	jing	qian	jiang	jiao	zhen	shi	zhuo	ce	fa	hui	ji	liu	chan	hun	hu	nong	xun	jin	lie	qiu	wei	zhe	jun	han	bang	mang	zhuo	you	xi	bo	dou	huan	hong	yi	pu	ying	lan	hao	lang	han	li	geng	fu	wu	lian	chun	feng	yi	yu	tong	lao	hai	jin	jia	chong	jiong	mei	sui	cheng	pei	xian	shen	tu	kun	ping	nie	han	jing	xiao	she	nian	tu	yong	xiao	xian	ting	e	su	tun	juan	cen	ti	li	shui	si	lei	shui	tao	du	lao	lai	lian	wei	wo	yun	huan	di	heng	run	jian	zhang	se	fu	guan	xing	shou	shuan	ya	chuo	zhang	ye	kong	wo	han	tuo	dong	he	wo	ju	she	liang	hun	ta	zhuo	dian	qie	de	juan	zi	xi	xiao	qi	gu	guo	yan	lin	tang	zhou	peng	hao	chang	shu	qi	fang	zhi	lu	nao	ju	tao	cong	lei	zhe	peng	fei	song	tian	pi	dan	yu	ni	yu	lu	gan	mi	jing	ling	lun	yin	cui	qu	huai	yu	nian	shen	biao	chun	hu	yuan	lai	hun	qing	yan	qian	tian	miao	zhi	yin	bo	ben	yuan	wen	ruo	fei	qing	yuan	ke	ji	she	yuan	se	lu	zi	du	yi	jian	mian	pai	xi	yu	yuan	shen	shen	rou	huan	zhu	jian	nuan	yu	qiu	ting	qu	du	fan	zha	bo	wo	wo	di	wei	wen	ru	xie	ce	wei	he	gang	yan	hong	xuan	mi	ke	mao	ying	yan	you	hong	miao	sheng	mei	zai	hun	nai	gui	chi	e	pai	mei	lian	qi	qi	mei	tian	cou	wei	can	tuan	mian	hui	mo	xu	ji	pen	jian	jian	hu	feng	xiang	yi	yin	zhan	shi	jie	cheng	huang	tan	yu	bi	min	shi	tu	sheng	yong	ju	dong	tuan	jiao	jiao	qiu	yan	tang	long	huo	yuan	nan	ban	you	quan	zhuang	liang	chan	xian	chun	nie	zi	wan	shi	man	ying	la	kui	feng	jian	xu	lou	wei	gai	bo	ying	po	jin	yan	tang	yuan	suo	yuan	lian	yao	meng	zhun	cheng	ke	tai	da	wa	liu	gou	sao	ming	zha	shi	yi	lun	ma	pu	wei	li	zai	wu	xi	wen	qiang	ze	shi	su	ai	qin	sou	yun	xiu	yin	rong	hun	su	suo	ni	ta	shi	ru	ai	pan	chu	chu	pang	weng	cang	mie	ge	dian	hao	huang	xi	zi	di	zhi	xing	fu	jie	hua	ge	zi	tao	teng	sui	bi	jiao	hui	gun	yin	gao	long	zhi	yan	she	man	ying	chun	lu	lan	luan	yao	bin	tan	yu	xiu	hu	bi	biao	zhi	jiang	kou	shen	shang	di	mi	ao	lu	hu	hu	you	chan	fan	yong	gun	man	qing	yu	piao	ji	ya	chao	qi	xi	ji	lu	lou	long	jin	guo	cong	lou	zhi	gai	qiang	li	yan	cao	jiao	cong	chun	tuan	ou	teng	ye	xi	mi	tang	mo	shang	han	lian	lan	wa	chi	gan	feng	xuan	yi	man	zi	mang	kang	luo	peng	shu	zhang	zhang	chong	xu	huan	huo	jian	yan	shuang	liao	cui	ti	yang	jiang	cong	ying	hong	xiu	shu	guan	ying	xiao	zong	kun	xu	lian	zhi	wei	pi	yu	jiao	po	dang	hui	jie	wu	pa	ji	pan	wei	su	qian	qian	xi	lu	xi	xun	dun	huang	min	run	su	liao	zhen	cong	yi	zhe	wan	shan	tan	chao	xun	kui	ye	shao	tu	zhu	sa	hei	bi	shan	chan	chan	shu	tong	pu	lin	wei	se	se	cheng	jiong	cheng	hua	jiao	lao	che	gan	cun	hong	si	shu	peng	han	yun	liu	hong	fu	hao	he	xian	jian	shan	xi	yu	lu	lan	ning	yu	lin	mian	zao	dang	huan	ze	xie	yu	li	shi	xue	ling	wan	zi	yong	hui	can	lian	dian	ye	ao	huan	zhen	chan	man	dan	dan	yi	sui	pi	ju	ta	qin	ji	zhuo	lian	nong	guo	jin	fen	se	ji	sui	hui	chu	ta	song	ding	se	zhu	lai	bin	lian	mi	shi	shu	mi	ning	ying	ying	meng	jin	qi	bi	ji	hao	ru	cui	wo	tao	yin	yin	dui	ci	huo	qing	lan	jun	ai	pu	zhuo	wei	bin	gu	qian	ying	bin	kuo	fei	cang	me	jian	wei	luo	zan	lu	li	you	yang	lu	si	zhi	ying	du	wang	hui	xie	pan	shen	biao	chan	mo	liu	jian	pu	se	cheng	gu	bin	huo	xian	lu	qin	han	ying	rong	li	jing	xiao	ying	sui	wei	xie	huai	xue	zhu	long	lai	dui	fan	hu	lai	shu	ling	ying	mi	ji	lian	jian	ying	fen	lin	yi	jian	yue	chan	dai	rang	jian	lan	fan	shuang	yuan	zhuo	feng	she	lei	lan	cong	qu	yong	qian	fa	guan	jue	yan	hao	ying	sa	zan	luan	yan	li	mi	shan	tan	dang	jiao	chan	ying	hao	ba	zhu	lan	lan	nang	wan	luan	xun	xian	yan	gan	yan	yu	huo	biao	mie	guang	deng	hui	xiao	xiao	hui	hong	ling	zao	zhuan	jiu	zha	xie	chi	zhuo	zai	zai	can	yang	qi	zhong	fen	niu	jiong	wen	pu	yi	lu	chui	pi	kai	pan	yan	kai	pang	mu	chao	liao	que	kang	dun	guang	xin	zhi	guang	guang	wei	qiang	bian	da	xia	zheng	zhu	ke	zhao	fu	ba	xie	xie	ling	zhuo	xuan	ju	tan	pao	jiong	pao	tai	tai	bing	yang	tong	shan	zhu	zha	dian	wei	shi	lian	chi	huang	zhou	hu	shuo	lan	ting	jiao	xu	heng	quan	lie	huan	yang	xiu	xiu	xian	yin	wu	zhou	yao	shi	wei	tong	mie	zai	kai	hong	lao	xia	zhu	xuan	zheng	po	yan	hui	guang	che	hui	kao	ju	fan	shao	ye	hui
70EB	tang	jin	re	lie	xi	fu	jiong	xie	pu	ting	zhuo	ting	wan	hai	peng	lang	yan	xu	feng	chi	rong	hu	xi	shu	he	xun	ku	juan	xiao	xi	yan	han	zhuang	jun	di	xie	ji	wu	yan	lu	han	yan	huan	men	ju	tao	bei	fen	lin	kun	hun	tun	xi	cui	wu	hong	chao	fu	wo	jiao	cong	feng	ping	qiong	ruo	xi	qiong	xin	chao	yan	yan	yi	jue	yu	gang	ran	pi	xiong	gang	sheng	chang	shao	xiong	nian	geng	wei	chen	he	kui	zhong	duan	xia	hui	feng	lian	xuan	xing	huang	jiao	jian	bi	ying	zhu	wei	tuan	shan	xi	nuan	nuan	chan	yan	jiong	jiong	yu	mei	sha	wei	zha	jin	qiong	rou	mei	huan	xu	zhao	wei	fan	qiu	sui	yang	lie	zhu	jie	zao	gua	bao	hu	yun	nan	shi	liang	bian	gou	tui	tang	chao	shan	en	bo	huang	xie	xi	wu	xi	yun	he	he	xi	yun	xiong	nai	shan	qiong	yao	xun	mi	lian	ying	wu	rong	gong	yan	qiang	liu	xi	bi	biao	cong	lu	jian	shu	yi	lou	peng	sui	yi	teng	jue	zong	yun	hu	yi	zhi	ao	wei	liu	han	ou	re	jiong	man	kun	shang	cuan	zeng	jian	xi	xi	xi	yi	xiao	chi	huang	chan	ye	tan	ran	yan	xun	qiao	jun	deng	dun	shen	jiao	fen	si	liao	yu	lin	tong	shao	fen	fan	yan	xun	lan	mei	tang	yi	jiong	men	jing	jiao	ying	yu	yi	xue	lan	tai	zao	can	sui	xi	que	zong	lian	hui	zhu	xie	ling	wei	yi	xie	zhao	hui	da	nong	lan	ru	xian	he	xun	jin	chou	dao	yao	he	lan	biao	rong	li	mo	bao	ruo	lu	la	ao	xun	kuang	shuo	liao	li	lu	jue	liao	yan	xi	xie	long	ye	can	rang	yue	lan	cong	jue	chong	guan	ju	che	mi	tang	lan	zhu	lan	ling	cuan	yu	zhao	zhao	pa	zheng	pao	cheng	yuan	ai	wei	han	jue	jue	fu	ye	ba	die	ye	yao	zu	shuang	er	pan	chuang	ke	zang	die	qiang	yong	qiang	pian	ban	pan	chao	jian	pai	du	chuang	yu	zha	bian	die	bang	bo	chuang	you	you	du	ya	cheng	niu	niu	pin	jiu	mou	ta	mu	lao	ren	mang	fang	mao	mu	gang	wu	yan	ge	bei	si	jian	gu	you	ge	sheng	mu	di	qian	quan	quan	zi	te	xi	mang	keng	qian	wu	gu	xi	li	li	pou	ji	gang	zhi	ben	quan	chun	du	ju	jia	jian	feng	pian	ke	ju	kao	chu	xi	bei	luo	jie	ma	san	wei	mao	dun	tong	qiao	jiang	xi	li	du	lie	pai	piao	bo	xi	chou	wei	kui	chou	quan	quan	ba	fan	qiu	ji	chai	zhuo	an	ge	zhuang	guang	ma	you	kang	bo	hou	ya	yin	huan	zhuang	yun	kuang	niu	di	kuang	zhong	mu	bei	pi	ju	yi	sheng	pao	xia	tuo	hu	ling	fei	pi	ni	yao	you	gou	xue	ju	dan	bo	ku	xian	ning	huan	hen	jiao	he	zhao	ji	xun	shan	ta	rong	shou	tong	lao	du	xia	shi	kuai	zheng	yu	sun	yu	bi	mang	xi	juan	li	xia	yin	suan	lang	bei	zhi	yan	sha	li	han	xian	jing	pai	fei	xiao	bai	qi	ni	biao	yin	lai	lie	jian	qiang	kun	yan	guo	zong	mi	chang	yi	zhi	zheng	ya	meng	cai	cu	she	lie	dian	luo	hu	zong	gui	wei	feng	wo	yuan	xing	zhu	mao	wei	chuan	xian	tuan	ya	nao	xie	jia	hou	bian	you	you	mei	cha	yao	sun	bo	ming	hua	yuan	sou	ma	yuan	dai	yu	shi	hao	qiang	yi	zhen	cang	hao	man	jing	jiang	mo	zhang	chan	ao	ao	hao	cui	ben	jue	bi	bi	huang	pu	lin	xu	tong	yao	liao	shuo	xiao	shou	dun	jiao	ge	juan	du	hui	kuai	xian	xie	ta	xian	xun	ning	bian	huo	nou	meng	lie	nao	guang	shou	lu	ta	xian	mi	rang	huan	nao	luo	xian	qi	jue	xuan	miao	zi	lu	lu	yu	su	wang	qiu	ga	ding	le	ba	ji	hong	di	chuan	gan	jiu	yu	qi	yu	yang	ma	hong	wu	fu	wen	jie	ya	bin	bian	bang	yue	jue	men	jue	wan	jian	mei	dan	pin	wei	huan	xian	qiang	ling	dai	yi	an	ping	dian	fu	xuan	xi	bo	ci	gou	jia	shao	po	ci	ke	ran	sheng	shen	yi	zu	jia	min	shan	liu	bi	zhen	zhen	jue	fa	long	jin	jiao	jian	li	guang	xian	zhou	gong	yan	xiu	yang	xu	luo	su	zhu	qin	yin	xun	bao	er	xiang	yao	xia	heng	gui	chong	xu	ban	pei	lao	dang	ying	hun	wen	e	cheng	di	wu	wu	cheng	jun	mei	bei	ting	xian	chu	han	xuan	yan	qiu	xuan	lang	li	xiu	fu	liu	ya	xi	ling	li	jin	lian	suo	suo	feng	wan	dian	pin	zhan	se	min	yu	ju	chen	lai	min	sheng	wei	tian	chu	zuo	beng	cheng	hu	qi	e	kun	chang	qi	beng	wan	lu	cong	guan	yan	diao	bei	lin	qin	pi	pa	que	zhuo	qin	fa	jin	qiong	du	jie	hun	yu	mao	mei	chun	xuan	ti	xing	dai	rou	min	jian	wei	ruan	huan	xie	chuan	jian	zhuan	chang	lian	quan	xia	duan	yuan	ya	nao	hu	ying	yu	huang	rui	se	liu	shi	rong	suo	yao	wen	wu	zhen	jin	ying	ma	tao	liu	tang	li	lang	gui	tian	qiang	cuo	jue	zhao	yao	ai	bin	shu	chang	kun	zhuan	cong	jin	yi	cui	cong	qi	li	jing	suo	qiu	xuan	ao	lian	men	zhang	yin	ye	ying	wei	lu	wu	deng	xiu	zeng	xun	qu	dang	lin	liao	qiong	su	huang	gui	pu	jing	fan	jin	liu	ji	hui	jing	ai	bi	can	qu	zao	dang	jiao	gun	tan	hui	huan	se	sui	tian	chu	yu	jin	lu	bin	shu	wen	zui	lan	xi	zi	xuan	ruan	wo	gai	lei	du	li	zhi	rou	li	zan	qiong	ti	gui	sui	la	long	lu	li	zan	lan	ying	mi	xiang	qiong	guan	dao	zan	huan	gua	bo	die	bo	hu	zhi	piao	ban	rang	li	wa
74E8	xiang	qian	ban	pen	fang	dan	weng	ou
74F2	wa	hu	ling	yi	ping	ci	bai	juan	chang	chi
74FD	dang	meng	bu	zhui	ping	bian	zhou	zhen
7506	ci	ying	qi	xian	lou	di	ou	meng	zhuan	beng	lin	zeng	wu	pi	dan	weng	ying	yan	gan	dai	shen	tian	tian	han	chang	sheng	qing	shen	chan	chan	rui	sheng	su	shen	yong	shuai	lu	fu	yong	beng	feng	ning	tian	you	jia	shen	zha	dian	fu	nan	dian	ping	ting	hua	ting	zhen	zai	meng	bi	bi	liu	xun	liu	chang	mu	yun	fan	fu	geng	tian	jie	jie	quan	wei	fu	tian	mu	duo	pan	jiang	wa	da	nan	liu	ben	zhen	chu	mu	mu	ce	tian	gai	bi	da	zhi	lue	qi	lue	pan	yi	fan	hua	she	yu	mu	jun	yi	liu	she	die	chou	hua	dang	zhui	ji	wan	jiang	cheng	chang	tun	lei	ji	cha	liu	die	tuan	lin	jiang	jiang	chou	pi	die	die	pi	jie	dan	shu	shu	zhi	yi	ne	nai	ding	bi	jie	liao	gang	ge	jiu	zhou	xia	shan	xu	nue	li	yang	chen	you	ba	jie	jue	qi	xia	cui	bi	yi	li	zong	chuang	feng	zhu	pao	pi	gan	ke	ci	xue	zhi	dan	zhen	fa	zhi	teng	ju	ji	fei	ju	shan	jia	xuan	zha	bing	nie	zheng	yong	jing	quan	teng	tong	yi	jie	wei	hui	tan	yang	chi	zhi	hen	ya	mei	dou	jing	xiao	tong	tu	mang	pi	xiao	suan	fu	li	zhi	cuo	duo	wu	sha	lao	shou	huan	xian	yi	beng	zhang	guan	tan	fei	ma	lin	chi	ji	tian	an	chi	bi	bi	min	gu	dui	e	wei	yu	cui	ya	zhu	cu	dan	shen	zhong	chi	yu	hou	feng	la	yang	chen	tu	yu	guo	wen	huan	ku	jia	yin	yi	lou	sao	jue	chi	xi	guan	yi	wen	ji	chuang	ban	hui	liu	chai	shou	nue	dian	da	bie	tan	zhang	biao	shen	cu	luo	yi	zong	chou	zhang	zhai	sou	se	que	diao	lou	lou	mo	qin	yin	ying	huang	fu	liao	long	qiao	liu	lao	xian	fei	dan	yin	he	ai	ban	xian	guan	gui	nong	yu	wei	yi	yong	pi	lei	li	shu	dan	lin	dian	lin	lai	bie	ji	chi	yang	xuan	jie	zheng	me	li	huo	lai	ji	dian	xuan	ying	yin	qu	yong	tan	dian	luo	luan	luan	bo	bo	gui	ba	fa	deng	fa	bai	bai	bie	ji	zao	zao	mao	de	pa	jie	huang	gui	ci	ling	gao	mo	ji	jiao	peng	gao	ai	e	hao	han	bi	wan	chou	qian	xi	ai	xiao	hao	huang	hao	ze	cui	hao	xiao	ye	po	hao	jiao	ai	xing	huang	li	piao	he	jiao	pi	gan	pao	zhou	jun	qiu	cun	que	zha	gu	jun	jun	zhou	zha	gu	zhao	du	min	qi	ying	yu	bei	zhao	zhong	pen	he	ying	he	yi	bo	wan	he	ang	zhan	yan	jian	he	yu	kui	fan	gai	dao	pan	fu	qiu	sheng	dao	lu	zhan	meng	li	jin	xu	jian	pan	guan	an	lu	xu	zhou	dang	an	gu	li	mu	ding	gan	xu	mang	wang	zhi	qi	yuan	tian	xiang	dun	xin	xi	pan	feng	dun	min	ming	sheng	shi	yun	mian	pan	fang	miao	dan	mei	mao	kan	xian	kou	shi	yang	zheng	yao	shen	huo	da	zhen	kuang	ju	shen	yi	sheng	mei	mo	zhu	zhen	zhen	mian	shi	yuan	die	ni	zi	zi	chao	zha	xuan	bing	mi	long	sui	tong	mi	die	di	ne	ming	xuan	chi	kuang	juan	mou	zhen	tiao	yang	yan	mo	zhong	mo	zhe	zheng	mei	suo	shao	han	huan	di	cheng	cuo	juan	e	man	xian	xi	kun	lai	jian	shan	tian	gun	wan	leng	shi	qiong	lie	ya	jing	zheng	li	lai	sui	juan	shui	sui	du	bi	pi	mu	hun	ni	lu	yi	jie	cai	zhou	yu	hun	ma	xia	xing	hui	gun	zai	chun	jian	mei	du	hou	xuan	tian	kui	gao	rui	mao	xu	fa	wo	miao	chou	kui	mi	weng	kou	dang	chen	ke	sou	xia	qiong	mo	ming	man	fen	ze	zhang	yi	diao	kou	mo	shun	cong	lou	chi	man	piao	cheng	gui	meng	wan	run	pie	xi	qiao	pu	zhu	deng	shen	shun	liao	che	xian	kan	ye	xu	tong	mou	lin	gui	jian	ye	ai	hui	zhan	jian	gu	zhao	qu	mei	chou	sao	ning	xun	yao	huo	meng	mian	pin	mian	lei	kuang	jue	xuan	mian	huo	lu	meng	long	guan	man	xi	chu	tang	kan	zhu	mao	jin	jin	yu	shuo	ze	jue	shi	yi	shen	zhi	hou	shen	ying	ju	zhou	jiao	cuo	duan	ai	jiao	zeng	yue	ba	shi	ding	qi	ji	zi	gan	wu	zhe	ku	gang	xi	fan	kuang	dang	ma	sha	dan	jue	li	fu	min	e	hua	kang	zhi	qi	kan	jie	bin	e	ya	pi	zhe	yan	sui	zhuan	che	dun	wa	yan	jin	feng	fa	mo	zha	ju	yu	ke	tuo	tuo	di	zhai	zhen	e	fu	mu	zhu	la	bian	nu	ping	peng	ling	pao	le	po	bo	po	shen	za	ai	li	long	tong	yong	li	kuang	chu	keng	quan	zhu	kuang	gui	e	nao	qia	lu	hui	ai	ge	yin	xing	yan	dong	peng	xi	lao	hong	shuo	xia	qiao	qing	wei	qiao	yi	keng	xiao	que	chan	lang	hong	yu	xiao	xia	mang	luo	yong	che	che	wo	liu	ying	mang	que	yan	sha	kun	yu	chi	hua	lu	chen	jian	nue	song	zhuo	keng	peng	yan	zhui	kong	cheng	qi	zong	qing	lin	jun	bo	ding	hun	diao	jian	he	lu	ai	sui	que	leng	bei	yin	dui	wu	qi	lun	wan	dian	nao	bei	qi	chen	ruan	yan	die	ding	zhou	tuo	jie	ying	bian	ke	bi	wei	shuo	zhen	duan	xia	dang	ti	nao	peng	jian	di	tan	cha	tian	qi	dun	feng	xuan	que	que	ma	gong	nian	su	e	ci	liu	si	tang	bang	hua	pi	wei	sang	lei	cuo	tian	xia	xi	lian	pan	wei	yun	dui	zhe	ke	la	zhuan	yao	gun	zhuan	chan	qi	ao	peng	liu	lu	kan	chuang	chen	yin	lei	biao	qi	mo	qi	cui	zong	qing	chuo	lun	ji	shan	lao	qu	zeng	deng	jian	xi	lin	ding	tan	huang	pan	za	qiao	di	li	jian	jiao	xi	zhang	qiao	dun	jian	yu	zhui	he	ke	ze	lei	jie	chu	ye	que	dang	yi	jiang	pi	pi	yu	pin	e	ai	ke	jian	yu	ruan	meng	pao	ci	bo	yang	ma	ca	xian	kuang	lei	lei	zhi	li	li	fan	que	pao	ying	li	long	long	mo	bo	shuang	guan	lan	ca	yan	shi	shi	li	reng	she	yue	si	qi	ta	ma	xie	yao	xian	qi	qi	zhi	beng	dui	zhong	ren	yi	shi	you	zhi	tiao	fu	fu	mi	zu	zhi	suan	mei	zuo	qu	hu	zhu	shen	sui	ci	chai	mi	lu	yu	xiang	wu	tiao	piao	zhu	gui	xia	zhi	ji	gao	zhen	gao	shui	jin	shen	gai	kun	di	dao	huo	tao	qi	gu	guan	zui	ling	lu	bing	jin	dao	zhi	lu	chan	bi	zhe	hui	you	xi	yin	zi	huo	zhen	fu	yuan	wu	xian	yang	zhi	yi	mei	si	di	bei	zhuo	zhen	yong	ji	gao	tang	si	ma	ta	fu	xuan	qi	yu	xi	ji	si	chan	dan	gui	sui	li	nong	mi	dao	li	rang	yue	ti	zan	lei	rou	yu	yu	li	xie	qin	he	tu	xiu	si	ren	tu	zi	cha	gan	yi	xian	bing	nian	qiu	qiu	zhong	fen	hao	yun	ke	miao	zhi	jing	bi	zhi	yu	mi	ku	ban	pi	ni	li	you	zu	pi	bo	ling	mo	cheng	nian	qin	yang	zuo	zhi	zhi	shu	ju	zi	huo	ji	cheng	tong	zhi	huo	he	yin	zi	zhi	jie	ren	du	yi	zhu	hui	nong	fu	xi	gao	lang	fu	xun	shui	lu	kun	gan	jing	ti	cheng	tu	shao	shui	ya	lun	lu	gu	zuo	ren	zhun	bang	bai	ji	zhi	zhi	kun	leng	peng	ke	bing	chou	zui	yu	su	lue	xiang	yi	xi	bian	ji	fu	pi	nuo	jie	zhong	zong	xu	cheng	dao	wen	xian	zi	yu	ji	xu	zhen	zhi	dao	jia	ji	gao	gao	gu	rong	sui	rong	ji	kang	mu	can	mei	zhi	ji	lu	su	ji	ying	wen	qiu	se	he	yi	huang	qie	ji	sui	xiao	pu	jiao	zhuo	tong	zui	lu	sui	nong	se	hui	rang	nuo	yu	pin	ji	tui	wen	cheng	huo	kuang	lu	biao	se	rang	zhuo	li	cuan	xue	wa	jiu	qiong	xi	qiong	kong	yu	shen	jing	yao	chuan	zhun	tu	lao	qie	zhai	yao	bian	bao	yao	bing	wa	zhu	jiao	qiao	diao	wu	gui	yao	zhi	chuang	yao	tiao	jiao	chuang	jiong	xiao	cheng	kou	cuan	wo	dan	ku	ke	zhuo	xu	su	guan	kui	dou	zhuo	yin	wo	wa	ya	yu	ju	qiong	yao	yao	tiao	chao	yu	tian	diao	ju	liao	xi	wu	kui	chuang	zhao	kuan	kuan	long	cheng	cui	liao	zao	cuan	qiao	qiong	dou	zao	long	qie	li	chu	shi	fu	qian	chu	hong	qi	hao	sheng	fen	shu	miao	qu	zhan	zhu	ling	long	bing	jing	jing	zhang	bai	si	jun	hong	tong	song	jing	diao	yi	shu	jing	qu	jie	ping	duan	li	zhuan	ceng	deng	cun	wai	jing	kan	jing	zhu	zhu	le	peng	yu	chi	gan	mang	zhu	wan	du	ji	jiao	ba	suan	ji	qin	zhao	sun	ya	zhui	yuan	hu	hang	xiao	cen	bi	bi	jian	yi	dong	shan	sheng	da	di	zhu	na	chi	gu	li	qie	min	bao	tiao	si	fu	ce	ben	fa	da	zi	di	ling	ze	nu	fu	gou	fan	jia	gan	fan	shi	mao	po	ti	jian	qiong	long	min	bian	luo	gui	qu	chi	yin	yao	xian	bi	qiong	kuo	deng	xiao	jin	quan	sun	ru	fa	kuang	zhu	tong	ji	da	hang	ce	zhong	kou	lai	bi	shai	dang	zheng	ce	fu	yun	tu	pa	li	lang	ju	guan	jian	han	tong	xia	zhi	cheng	suan	shi	zhu	zuo	xiao	shao	ting	ce	yan	gao	kuai	gan	chou	kuang	gang	yun	ou	qian	xiao	jian	pou	lai	zou	bi	bi	bi	ge	tai	guai	yu	jian	dao	gu	chi	zheng	qing	sha	zhou	lu	bo	ji	lin	suan	jun	fu	zha	gu	kong	qian	qian	jun	chui	guan	yuan	ce	zu	bo	ze	qie	tuo	luo	dan	xiao	ruo	jian	xuan	bian	sun	xiang	xian	ping	zhen	xing	hu	yi	zhu	yue	chun	lu	wu	dong	shuo	ji	jie	huang	xing	mei	fan	chuan	zhuan	pian	feng	zhu	huang	qie	hou	qiu	miao	qian	gu	kui	shi	lou	yun	he	tang	yue	chou	gao	fei	ruo	zheng	gou	nie	qian	xiao	cuan	long	peng	du	li	bi	zhuo	chu	shai	chi	zhu	qiang	long	lan	jian	bu	li	hui	bi	di	cong	yan	peng	can	zhuan	pi	piao	dou	yu	mie	tuan	ze	shai	gui	yi	hu	chan	kou	cu	ping	zao	ji	gui	su	lou	ce	lu	nian	suo	cuan	diao	suo	le	duan	zhu	xiao	bo	mi	shai	dang	liao	dan	dian	fu	jian	min	kui	dai	jiao	deng	huang	sun	lao	zan	xiao	lu	shi	zan	qi	pai	qi	pai	gan	ju	lu	lu	yan	bo	dang	sai	zhua	gou	qian	lian	bu	zhou	lai	shi	lan	kui	yu	yue	hao	zhen	tai	ti	nie	chou	ji	yi	qi	teng	zhuan	zhou	fan	sou	zhou	qian	zhuo	teng	lu	lu	jian	tuo	ying	yu	lai	long	qie	lian	lan	qian	yue	zhong	qu	lian	bian	duan	zuan	li	si	luo	ying	yue	zhuo	yu	mi	di	fan	shen	zhe	shen	nu	he	lei	xian	zi	ni	cun	zhang	qian	zhai	bi	ban	wu	sha	kang	rou	fen	bi	cui	yin	zhe	mi	tai	hu	ba	li	gan	ju	po	mo	cu	zhan	zhou	chi	su	tiao	li	xi	su	hong	tong	zi	ce	yue	zhou	lin	zhuang	bai	lao	fen	er	qu	he	liang	xian	fu	liang	can	jing	li	yue	lu	ju	qi	cui	bai	zhang	lin	zong	jing	guo	hua	san	san	tang	bian	rou	mian	hou	xu	zong	hu	jian	zan	ci	li	xie	fu	nuo	bei	gu	xiu	gao	tang	qiu	jia	cao	zhuang	tang	mi	san	fen	zao	kang	jiang	mo	san	san	nuo	xi	liang	jiang	kuai	bo	huan	shu	zong	xian	nuo	tuan	nie	li	zuo	di	nie	tiao	lan	mi	si	jiu	xi	gong	zheng	jiu	you	ji	cha	zhou	xun	yue	hong	yu	he	wan	ren	wen	wen	qiu	na	zi	tou	niu	fou	ji	shu	chun	pi	zhen	sha	hong	zhi	ji	fen	yun	ren	dan	jin	su	fang	suo	cui	jiu	za	ba	jin	fu	zhi	qi	zi	chou	hong	za	lei	xi	fu	xie	shen	bo	zhu	qu	ling	zhu	shao	gan	yang	fu	tuo	zhen	dai	chu	shi	zhong	xian	zu	jiong	ban	qu	mo	shu	zui	kuang	jing	ren	hang	xie	jie	zhu	chou	gua	bai	jue	kuang	hu	ci	huan	geng	tao	jie	ku	jiao	quan	gai	luo	xuan	beng	xian	fu	gei	dong	rong	tiao	yin	lei	xie	juan	xu	gai	die	tong	si	jiang	xiang	hui	jue	zhi	jian	juan	chi	mian	zhen	lu	cheng	qiu	shu	bang	tong	xiao	huan	qin	geng	xiu	ti	tou	xie	hong	xi	fu	ting	sui	dui	kun	fu	jing	hu	zhi	yan	jiong	feng	ji	xu	ren	zong	chen	duo	li	lu	liang	chou	quan	shao	qi	qi	zhun	qi	wan	qian	xian	shou	wei	qing	tao	wan	gang	wang	beng	zhui	cai	guo	cui	lun	liu	qi	zhan	bi	chuo	ling	mian	qi	qie	tian	zong	gun	zou	xi	zi	xing	liang	jin	fei	rui	min	yu	zong	fan	lu	xu	ying	shang	qi	xu	xiang	jian	ke	xian	ruan	mian	ji	duan	chong	di	min	miao	yuan	xie	bao	si	qiu	bian	huan	geng	cong	mian	wei	fu	wei	tou	gou	miao	xie	lian	zong	bian	yun	yin	ti	gua	zhi	yun	cheng	chan	dai	xia	yuan	zong	xu	sheng	wei	geng	xuan	ying	jin	yi	zhui	ni	bang	gu	pan	zhou	jian	ci	quan	shuang	yun	xia	cui	xi	rong	tao	fu	yun	chen	gao	ru	hu	zai	teng	xian	su	zhen	zong	tao	huang	cai	bi	feng	cu	li	suo	yan	xi	zong	lei	juan	qian	man	zhi	lu	mu	piao	lian	mi	xuan	zong	ji	shan	sui	fan	lu	beng	yi	sao	mou	yao	qiang	hun	xian	ji	sha	xiu	ran	xuan	sui	qiao	zeng	zuo	zhi	shan	san	lin	yu	fan	liao	chuo	zun	jian	rao	chan	rui	xiu	hui	hua	zuan	xi	qiang	yun	da	sheng	hui	xi	se	jian	jiang	huan	zao	cong	xie	jiao	bi	dan	yi	nong	sui	yi	shai	xu	ji	bin	qian	lan	pu	xun	zuan	qi	peng	yao	mo	lei	xie	zuan	kuang	you	xu	lei	xian	chan	jiao	lu	chan	ying	cai	rang	xian	zui	zuan	luo	li	dao	lan	lei	lian	si	jiu	yu	hong	zhou	xian	he	yue	ji	wan	kuang	ji	ren	wei	yun	hong	chun	pi	sha	gang	na	ren	zong	lun	fen	zhi	wen	fang	zhu	zhen	niu	shu	xian	gan	xie	fu	lian	zu	shen	xi	zhi	zhong	zhou	ban	fu	chu	shao	yi	jing	dai	bang	rong	jie	ku	rao	die	hang	hui	gei	xuan	jiang	luo	jue	jiao	tong	geng	xiao	juan	xiu	xi	sui	tao	ji	ti	ji	xu	ling	ying	xu	qi	fei	chuo	shang	gun	sheng	wei	mian	shou	beng	chou	tao	liu	quan	zong	zhan	wan	lu	zhui	zi	ke	xiang	jian	mian	lan	ti	miao	ji	yun	hui	si	duo	duan	bian	xian	gou	zhui	huan	di	lu	bian	min	yuan	jin	fu	ru	zhen	feng	cui	gao	chan	li	yi	jian	bin	piao	man	lei	ying	suo	mou	sao	xie	liao	shan	zeng	jiang	qian	qiao	huan	jiao	zuan	fou	xie	gang	fou	que	fou	qi	bo	ping	xiang	zhao	gang	ying	ying	qing	xia	guan	zun	tan	cheng	qi	weng	ying	lei	tan	lu	guan	wang	wang	gang	wang	han	luo	luo	fu	shen	fa	gu	zhu	ju	mao	gu	min	gang	ba	gua	ti	juan	fu	shen	yan	zhao	zui	gua	zhuo	yu	zhi	an	fa	lan	shu	si	pi	ma	liu	ba	fa	li	chao	wei	bi	ji	zeng	chong	liu	ji	juan	mi	zhao	luo	pi	ji	ji	luan	yang	mi	qiang	da	mei	yang	you	you	fen	ba	gao	yang	gu	qiang	zang	gao	ling	yi	zhu	di	xiu	qiang	yi	xian	rong	qun	qun	qiang	huan	suo	xian	yi	yang	qiang	qian	yu	geng	jie	tang	yuan	xi	fan	shan	fen	shan	lian	lei	geng	nou	qiang	chan	yu	gong	yi	chong	weng	fen	hong	chi	chi	cui	fu	xia	ben	yi	la	yi	pi	ling	liu	zhi	qu	xi	xie	xiang	xi	xi	ke	qiao	hui	hui	xiao	sha	hong	jiang	di	cui	fei	dao	sha	chi	zhu	jian	xuan	chi	pian	zong	wan	hui	hou	he	he	han	ao	piao	yi	lian	hou	ao	lin	pen	qiao	ao	fan	yi	hui	xuan	dao	yao	lao	lao	kao	mao	zhe	qi	gou	gou	gou	die	die	er	shua	ruan	nai	nai	duan	lei	ting	zi	geng	chao	hao	yun	ba	pi	yi	si	qu	jia	ju	huo	chu	lao	lun	ji	tang	ou	lou	nou	jiang	pang	zha	lou	ji	lao	huo	you	mo	huai	er	yi	ding	ye	da	song	qin	yun	chi	dan	dan	hong	geng	zhi	pan	nie	dan	zhen	che	ling	zheng	you	wa	liao	long	zhi	ning	tiao	er	ya	tie	guo	xu	lian	hao	sheng	lie	pin	jing	ju	bi	di	guo	wen	xu	ping	cong	ding	ni	ting	ju	cong	kui	lian	kui	cong	lian	weng	kui	lian	lian	cong	ao	sheng	song	ting	kui	nie	zhi	dan	ning	qie	ni	ting	ting	long	yu	yu	zhao	si	su	yi	su	si	zhao	zhao	rou	yi	lei	ji	qiu	ken	cao	ge	bo	huan	huang	chi	ren	xiao	ru	zhou	yuan	du	gang	rong	gan	cha	wo	chang	gu	zhi	han	fu	fei	fen	pei	pang	jian	fang	zhun	you	na	ang	ken	ran	gong	yu	wen	yao	qi	pi	qian	xi	xi	fei	ken	jing	tai	shen	zhong	zhang	xie	shen	wei	zhou	die	dan	fei	ba	bo	qu	tian	bei	gua	tai	zi	fei	zhi	ni	ping	zi	fu	pang	zhen	xian	zuo	pei	jia	sheng	zhi	bao	mu	qu	hu	ke	chi	yin	xu	yang	long	dong	ka	lu	jing	nu	yan	pang	kua	yi	guang	hai	ge	dong	chi	jiao	xiong	xiong	er	an	heng	pian	neng	zi	gui	cheng	tiao	zhi	cui	mei	xie	cui	xie	mai	mai	ji	xie	nin	kuai	sa	zang	qi	nao	mi	nong	luan	wan	bo	wen	wan	xiu	jiao	jing	you	heng	cuo	lie	shan	ting	mei	chun	shen	qian	de	juan	cu	xiu	xin	tuo	pao	cheng	nei	pu	dou	tuo	niao	nao	pi	gu	luo	li	lian	zhang	cui	jie	liang	shui	pi	biao	lun	pian	lei	kui	chui	dan	tian	nei	jing	nai	la	ye	yan	ren	shen	chuo	fu	fu	ju	fei	qiang	wan	dong	pi	guo	zong	ding	wo	mei	ni	zhuan	chi	cou	luo	ou	di	an	xing	nao	shu	shuan	nan	yun	zhong	rou	e	sai	tu	yao	jian	wei	jiao	yu	jia	duan	bi	chang	fu	xian	ni	mian	wa	teng	tui	bang	qian	lu	wa	shou	tang	su	zhui	ge	yi	bo	liao	ji	pi	xie	gao	lu	bin	ou	chang	lu	guo	pang	chuai	biao	jiang	fu	tang	mo	xi	zhuan	lu	jiao	ying	lu	zhi	xue	cun	lin	tong	peng	ni	chuai	liao	cui	gui	xiao	teng	fan	zhi	jiao	shan	hu	cui	run	xiang	sui	fen	ying	shan	zhua	dan	kuai	nong	tun	lian	bi	yong	jue	chu	yi	juan	la	lian	sao	tun	gu	qi	cui	bin	xun	nao	wo	zang	xian	biao	xing	kuan	la	yan	lu	huo	za	luo	qu	zang	luan	ni	za	chen	qian	wo	guang	zang	lin	guang	zi	jiao	nie	chou	ji	gao	chou	mian	nie	zhi	zhi	ge	jian	die	zhi	xiu	tai	zhen	jiu	xian	yu	cha	yao	yu	chong	xi	xi	jiu	yu	yu	xing	ju	jiu	xin	she	she	she	jiu	shi	tan	shu	shi	tian	tan	pu	pu	guan	hua	tian	chuan	shun	xia	wu	zhou	dao	chuan	shan	yi	fan	pa	tai	fan	ban	chuan	hang	fang	ban	bi	lu	zhong	jian	cang	ling	zhu	ze	duo	bo	xian	ge	chuan	xia	lu	qiong	pang	xi	kua	fu	zao	feng	li	shao	yu	lang	ting	yu	wei	bo	meng	nian	ju	huang	shou	ke	bian	mu	die	dao	bang	cha	yi	sou	cang	cao	lou	dai	xue	yao	chong	deng	dang	qiang	lu	yi	ji	jian	huo	meng	qi	lu	lu	chan	shuang	gen	liang	jian	jian	se	yan	fu	ping	yan	yan	cao	cao	yi	le	ting	jiao	ai	nai	tiao	jiao	jie	peng	wan	yi	chai	mian	mi	gan	qian	yu	yu	shao	xiong	du	hu	qi	mang	zi	hui	sui	zhi	xiang	bi	fu	tun	wei	wu	zhi	qi	shan	wen	qian	ren	fu	kou	jie	lu	xu	ji	qin	qi	yan	fen	ba	rui	xin	ji	hua	hua	fang	wu	jue	gou	zhi	yun	qin	ao	chu	mao	ya	fei	reng	hang	cong	yin	you	bian	yi	qie	wei	li	pi	e	xian	chang	cang	zhu	su	ti	yuan	ran	ling	tai	shao	di	miao	qing	li	yong	ke	mu	bei	bao	gou	min	yi	yi	ju	pie	ruo	ku	ning	ni	bo	bing	shan	xiu	yao	xian	ben	hong	ying	zha	dong	ju	die	nie	gan	hu	ping	mei	fu	sheng	gu	bi	wei	fu	zhuo	mao	fan	jia	mao	mao	ba	ci	mo	zi	di	chi	ji	jing	long	cong	niao	yuan	xue	ying	qiong	ge	ming	li	rong	yin	gen	qian	chai	chen	yu	hao	zi	lie	wu	ji	gui	ci	jian	ci	gou	guang	mang	cha	jiao	jiao	fu	yu	zhu	zi	jiang	hui	yin	cha	fa	rong	ru	chong	mang	tong	zhong	qian	zhu	xun	huan	fu	quan	gai	da	jing	xing	chuan	cao	jing	er	an	qiao	chi	ren	jian	ti	huang	ping	li	jin	lao	shu	zhuang	da	jia	rao	bi	ce	qiao	hui	ji	dang	zi	rong	hun	xing	luo	ying	xun	jin	sun	yin	mai	hong	zhou	yao	du	wei	li	dou	fu	ren	yin	he	bi	bu	yun	di	tu	sui	sui	cheng	chen	wu	bie	xi	geng	li	pu	zhu	mo	li	zhuang	zuo	tuo	qiu	sha	suo	chen	peng	ju	mei	meng	xing	jing	che	shen	jun	yan	ting	you	cuo	guan	han	you	cuo	jia	wang	su	niu	shao	xian	lang	fu	e	mo	wen	jie	nan	mu	kan	lai	lian	shi	wo	tu	xian	huo	you	ying	ying	gong	chun	mang	mang	ci	wan	jing	di	qu	dong	jian	zou	gu	la	lu	ju	wei	jun	nie	kun	he	pu	zai	gao	guo	fu	lun	chang	chou	song	chui	zhan	men	cai	ba	li	tu	bo	han	bao	qin	juan	xi	qin	di	jie	pu	dang	jin	qiao	tai	geng	hua	gu	ling	fei	qin	an	wang	beng	zhou	yan	zu	jian	lin	tan	shu	tian	dao	hu	qi	he	cui	tao	chun	bi	chang	huan	fei	lai	qi	meng	ping	wei	dan	sha	huan	yan	yi	tiao	qi	wan	ce	nai	zhen	tuo	jiu	tie	luo	bi	yi	pan	bo	pao	ding	ying	ying	ying	xiao	sa	qiu	ke	xiang	wan	yu	yu	fu	lian	xuan	xuan	nan	ce	wo	chun	xiao	yu	bian	mao	an	e	luo	ying	kuo	kuo	jiang	mian	zuo	zuo	zu	bao	rou	xi	ye	an	qu	jian	fu	lu	jing	pen	feng	hong	hong	hou	yan	tu	zhu	zi	xiang	ren	ge	qia	qing	mi	huang	shen	pu	gai	dong	zhou	jian	wei	bo	wei	pa	ji	hu	zang	jia	duan	yao	jun	cong	quan	wei	zhen	kui	ting	hun	xi	shi	qi	lan	zong	yao	yuan	mei	yun	shu	di	zhuan	guan	ran	xue	chan	kai	kui	hua	jiang	lou	wei	pai	you	sou	yin	shi	chun	shi	yun	zhen	lang	ru	meng	li	que	suan	yuan	li	ju	xi	bang	chu	xu	tu	liu	huo	dian	qian	zu	po	cuo	yuan	chu	yu	kuai	pan	pu	pu	na	shuo	xi	fen	yun	zheng	jian	ji	ruo	cang	en	mi	hao	sun	zhen	ming	sou	xu	liu	xi	gu	lang	rong	weng	gai	cuo	shi	tang	luo	ru	suo	xuan	bei	yao	gui	bi	zong	gun	zuo	tiao	ce	pei	lan	dan	ji	li	shen	lang	yu	ling	ying	mo	diao	tiao	mao	tong	chu	peng	an	lian	cong	xi	ping	qiu	jin	chun	jie	wei	tui	cao	yu	yi	zi	liao	bi	lu	xu	bu	zhang	lei	qiang	man	yan	ling	ji	piao	gun	han	di	su	lu	she	shang	di	mie	xun	man	bo	di	cuo	zhe	shen	xuan	wei	hu	ao	mi	lou	cu	zhong	cai	po	jiang	mi	cong	niao	hui	juan	yin	jian	nian	shu	yin	guo	chen	hu	sha	kou	qian	ma	zang	ze	qiang	dou	lian	lin	kou	ai	bi	li	wei	ji	qian	sheng	bo	meng	ou	chan	dian	xun	jiao	rui	rui	lei	yu	qiao	chu	hua	jian	mai	yun	bao	you	qu	lu	rao	hui	e	ti	fei	jue	zui	fa	ru	fen	kui	shun	rui	ya	xu	fu	jue	dang	wu	dong	si	xiao	xi	long	wen	shao	qi	jian	yun	sun	ling	yu	xia	weng	ji	hong	si	nong	lei	xuan	yun	ao	xi	hao	bao	hao	ai	wei	hui	hui	ji	ci	xiang	wan	mie	yi	leng	jiang	can	shen	qiang	lian	ke	yuan	da	ti	tang	xue	bi	zhan	sun	xian	fan	ding	xie	gu	xie	shu	jian	hao	hong	sa	xin	xun	yao	bai	sou	shu	xun	dui	pin	wei	ning	chou	mai	ru	piao	tai	ji	zao	chen	zhen	er	ni	ying	gao	cong	xiao	qi	fa	jian	xu	kui	ji	bian	diao	mi	lan	jin	cang	miao	qiong	qie	xian	liao	ou	xian	su	lu	yi	xu	xie	li	yi	la	lei	jiao	di	zhi	bei	teng	yao	mo	huan	biao	fan	sou	tan	tui	qiong	qiao	wei	liu	hui	ou	gao	yun	bao	li	shu	chu	ai	lin	zao	xuan	qin	lai	huo	tuo	wu	rui	rui	qi	heng	lu	su	tui	meng	yun	ping	yu	xun	ji	jiong	xuan	mo	qiu	su	jiong	peng	nie	bo	rang	yi	xian	yu	ju	lian	lian	yin	qiang	ying	long	tou	hua	yue	ling	qu	yao	fan	mei	han	kui	lan	ji	dang	man	lei	lei	hui	feng	zhi	wei	kui	zhan	huai	li	ji	mi	lei	huai	luo	ji	kui	lu	jian	sa	teng	lei	quan	xiao	yi	luan	men	bie	hu	hu	lu	nue	lu	si	xiao	qian	chu	hu	xu	cuo	fu	xu	xu	lu	hu	yu	hao	jiao	ju	guo	bao	yan	zhan	zhan	kui	bin	xi	shu	chong	qiu	diao	ji	qiu	ding	shi	xia	jue	zhe	she	yu	han	zi	hong	hui	meng	ge	sui	xia	chai	shi	yi	ma	xiang	fang	e	ba	chi	qian	wen	wen	rui	bang	pi	yue	yue	jun	qi	tong	yin	qi	can	yuan	jue	hui	qin	qi	zhong	ya	hao	mu	wang	fen	fen	hang	gong	zao	fu	ran	jie	fu	chi	dou	bao	xian	ni	dai	qiu	you	zha	ping	chi	you	he	han	ju	li	fu	ran	zha	gou	pi	pi	xian	zhu	diao	bie	bing	gu	zhan	qu	she	tie	ling	gu	dan	gu	ying	li	cheng	qu	mou	ge	ci	hui	hui	mang	fu	yang	wa	lie	zhu	yi	xian	kuo	jiao	li	yi	ping	qi	ha	she	yi	wang	mo	qiong	qie	gui	qiong	zhi	man	lao	zhe	jia	nao	si	qi	xing	jie	qiu	shao	yong	jia	tui	che	bei	e	han	shu	xuan	feng	shen	shen	fu	xian	zhe	wu	fu	li	lang	bi	chu	yuan	you	jie	dan	yan	ting	dian	tui	hui	wo	zhi	song	fei	ju	mi	qi	qi	yu	jun	la	meng	qiang	si	xi	lun	li	die	tiao	tao	kun	han	han	yu	bang	fei	pi	wei	dun	yi	yuan	suo	quan	qian	rui	ni	qing	wei	liang	guo	wan	dong	e	ban	di	wang	can	yang	ying	guo	chan	ding	la	ke	jie	xie	ting	mao	xu	mian	yu	jie	shi	xuan	huang	yan	bian	rou	wei	fu	yuan	mei	wei	fu	ru	xie	you	qiu	mao	xia	ying	shi	chong	tang	zhu	zong	ti	fu	yuan	kui	meng	la	du	hu	qiu	die	li	wo	yun	qu	nan	lou	chun	rong	ying	jiang	ban	lang	pang	si	xi	ci	xi	yuan	weng	lian	sou	ban	rong	rong	ji	wu	xiu	han	qin	yi	bi	hua	tang	yi	du	nai	he	hu	gui	ma	ming	yi	wen	ying	teng	zhong	cang	sao	qi	man	tiao	shang	shi	cao	chi	di	ao	lu	wei	zhi	tang	chen	piao	qu	pi	yu	jian	luo	lou	qin	zhong	yin	jiang	shuai	wen	xiao	wan	zhe	zhe	ma	ma	guo	liu	mao	xi	cong	li	man	xiao	chang	zhang	mang	xiang	mo	zui	si	qiu	te	zhi	peng	peng	jiao	qu	bie	liao	pan	gui	xi	ji	zhuan	huang	fei	lao	jue	jue	hui	yin	chan	jiao	shan	nao	xiao	wu	chong	xun	si	chu	cheng	dang	li	xie	shan	yi	jing	da	chan	qi	ci	xiang	she	luo	qin	ying	chai	li	zei	xuan	lian	zhu	ze	xie	mang	xie	qi	rong	jian	meng	hao	ru	huo	zhuo	jie	pin	he	mie	fan	lei	jie	la	min	li	chun	li	qiu	nie	lu	du	xiao	zhu	long	li	long	feng	ye	pi	nang	gu	juan	ying	shu	xi	can	qu	quan	du	can	man	qu	jie	zhu	zhuo	xue	huang	nu	pei	nu	xin	zhong	mai	er	ka	mie	xi	xing	yan	kan	yuan	qu	ling	xuan	shu	xian	tong	xiang	jie	xian	ya	hu	wei	dao	chong	wei	dao	zhun	heng	qu	yi	yi	bu	gan	yu	biao	cha	yi	shan	chen	fu	gun	fen	shuai	jie	na	zhong	dan	yi	zhong	zhong	jie	zhi	xie	ran	zhi	ren	qin	jin	jun	yuan	mei	chai	ao	niao	hui	ran	jia	tuo	ling	dai	bao	pao	yao	zuo	bi	shao	tan	ju	he	xue	xiu	zhen	yi	pa	bo	di	wa	fu	gun	zhi	zhi	ran	pan	yi	mao	tuo	na	gou	xuan	zhe	qu	bei	yu	xi	mi	bo	bo	fu	chi	chi	ku	ren	jiang	qia	jian	bo	jie	er	ge	ru	zhu	gui	yin	cai	lie	ka	xing	zhuang	dang	xu	kun	ken	niao	shu	jia	kun	cheng	li	juan	shen	pou	ge	yi	yu	zhen	liu	qiu	qun	ji	yi	bu	zhuang	shui	sha	qun	li	lian	lian	ku	jian	fou	chan	bi	kun	tao	yuan	ling	chi	chang	chou	duo	biao	liang	shang	pei	pei	fei	yuan	luo	guo	yan	du	ti	zhi	ju	yi	qi	guo	gua	ken	qi	ti	ti	fu	chong	xie	bian	die	kun	duan	xiu	xiu	he	yuan	bao	bao	fu	yu	tuan	yan	hui	bei	chu	lu	pao	dan	yun	ta	gou	da	huai	rong	yuan	ru	nai	jiong	suo	ban	tui	chi	sang	niao	ying	jie	qian	huai	ku	lian	lan	li	zhe	shi	lu	yi	die	xie	xian	wei	biao	cao	ji	qiang	sen	bao	xiang	bi	fu	jian	zhuan	jian	cui	ji	dan	za	fan	bo	xiang	xin	bie	rao	man	lan	ao	ze	gui	cao	sui	nong	chan	lian	bi	jin	dang	shu	tan	bi	lan	fu	ru	zhi	dui	shu	wa	shi	bai	xie	bo	chen	lai	long	xi	xian	lan	zhe	dai	ju	zan	shi	jian	pan	yi	lan	ya	xi	xi	yao	feng	tan	fu	fiao	fu	ba	he	ji	ji	jian	guan	bian	yan	gui	jue	pian	mao	mi	mi	mie	shi	si	chan	luo	jue	mi	tiao	lian	yao	zhi	jun	xi	shan	wei	xi	tian	yu	lan	e	du	qin	pang	ji	ming	ying	gou	qu	zhan	jin	guan	deng	jian	luo	qu	jian	wei	jue	qu	luo	lan	shen	di	guan	jian	guan	yan	gui	mi	shi	chan	lan	jue	ji	xi	di	tian	yu	gou	jin	qu	jiao	qiu	jin	cu	jue	zhi	chao	ji	gu	dan	zi	di	shang	hua	quan	ge	shi	jie	gui	gong	chu	jie	hun	qiu	xing	su	ni	ji	lu	zhi	zha	bi	xing	hu	shang	gong	zhi	xue	chu	xi	yi	li	jue	xi	yan	xi	yan	yan	ding	fu	qiu	qiu	jiao	hong	ji	fan	xun	diao	hong	chai	tao	xu	jie	yi	ren	xun	yin	shan	qi	tuo	ji	xun	yin	e	fen	ya	yao	song	shen	yin	xin	jue	xiao	ne	chen	you	zhi	xiong	fang	xin	chao	she	yan	sa	zhun	xu	yi	yi	su	chi	he	shen	he	xu	zhen	zhu	zheng	gou	zi	zi	zhan	gu	fu	jian	die	ling	di	yang	li	nao	pan	zhou	gan	yi	ju	yao	zha	yi	yi	qu	zhao	ping	bi	xiong	qu	ba	da	zu	tao	zhu	ci	zhe	yong	xu	xun	yi	huang	he	shi	cha	xiao	shi	hen	cha	gou	gui	quan	hui	jie	hua	gai	xiang	wei	shen	zhou	tong	mi	zhan	ming	e	hui	yan	xiong	gua	er	bing	tiao	yi	lei	zhu	kuang	kua	wu	yu	teng	ji	zhi	ren	cu	lang	e	kuang	ei	shi	ting	dan	bei	chan	you	keng	qiao	qin	shua	an	yu	xiao	cheng	jie	xian	wu	wu	gao	song	bu	hui	jing	shuo	zhen	shuo	du	hua	chang	shui	jie	ke	qu	cong	xiao	sui	wang	xian	fei	chi	ta	yi	ni	yin	diao	pi	zhuo	chan	chen	zhun	ji	qi	tan	zhui	wei	ju	qing	dong	zheng	ze	zou	qian	zhuo	liang	jian	chu	hao	lun	shen	biao	hua	pian	yu	die	xu	pian	shi	xuan	shi	hun	hua	e	zhong	di	xie	fu	pu	ting	jian	qi	yu	zi	zhuan	xi	hui	yin	an	xian	nan	chen	feng	zhu	yang	yan	huang	xuan	ge	nuo	qi	mou	ye	wei	xing	teng	zhou	shan	jian	po	kui	huang	huo	ge	ying	mi	xiao	mi	xi	qiang	chen	xue	ti	su	bang	chi	qian	shi	jiang	yuan	xie	he	tao	yao	yao	lu	yu	biao	cong	qing	li	mo	mo	shang	zhe	miu	jian	ze	jie	lian	lou	can	ou	gun	xi	zhuo	ao	ao	jin	zhe	yi	hu	jiang	man	chao	han	hua	chan	xu	zeng	se	xi	zha	dui	zheng	nao	lan	e	ying	jue	ji	zun	jiao	bo	hui	zhuan	wu	zen	zha	shi	qiao	tan	zen	pu	sheng	xuan	zao	tan	dang	sui	xian	ji	jiao	jing	zhan	nang	yi	ai	zhan	pi	hui	hua	yi	yi	shan	rang	nou	qian	dui	ta	hu	zhou	hao	ai	ying	jian	yu	jian	hui	du	zhe	xuan	zan	lei	shen	wei	chan	li	yi	bian	zhe	yan	e	chou	wei	chou	yao	chan	rang	yin	lan	chen	xie	nie	huan	zan	yi	dang	zhan	yan	du	yan	ji	ding	fu	ren	ji	jie	hong	tao	rang	shan	qi	tuo	xun	yi	xun	ji	ren	jiang	hui	ou	ju	ya	ne	xu	e	lun	xiong	song	feng	she	fang	jue	zheng	gu	he	ping	zu	shi	xiong	zha	su	zhen	di	zhou	ci	qu	zhao	bi	yi	yi	kuang	lei	shi	gua	shi	jie	hui	cheng	zhu	shen	hua	dan	gou	quan	gui	xun	yi	zheng	gai	xiang	cha	hun	xu	zhou	jie	wu	yu	qiao	wu	gao	you	hui	kuang	shuo	song	ei	qing	zhu	zou	nuo	du	zhuo	fei	ke	wei	yu	shei	shen	diao	chan	liang	zhun	sui	tan	shen	yi	mou	chen	die	huang	jian	xie	xue	ye	wei	e	yu	xuan	chan	zi	an	yan	di	mi	pian	xu	mo	dang	su	xie	yao	bang	shi	qian	mi	jin	man	zhe	jian	miu	tan	zen	qiao	lan	pu	jue	yan	qian	zhan	chen	gu	qian	hong	xia	ji	hong	han	hong	xi	xi	huo	liao	han	du	long	dou	jiang	qi	chi	li	deng	wan	bi	shu	xian	feng	zhi	zhi	yan	yan	shi	chu	hui	tun	yi	tun	yi	jian	ba	hou	e	chu	xiang	huan	jian	ken	gai	ju	fu	xi	bin	hao	yu	zhu	jia	fen	xi	bo	wen	huan	bin	di	zong	fen	yi	zhi	bao	chai	an	pi	na	pi	gou	na	you	diao	mo	si	xiu	huan	kun	he	hao	mo	an	mao	li	ni	bi	yu	jia	tuan	mao	pi	xi	yi	ju	mo	chu	tan	huan	jue	bei	zhen	yuan	fu	cai	gong	te	yi	hang	wan	pin	huo	fan	tan	guan	ze	zhi	er	zhu	shi	bi	zi	er	gui	pian	bian	mai	dai	sheng	kuang	fei	tie	yi	chi	mao	he	bi	lu	lin	hui	gai	pian	zi	jia	xu	zei	jiao	gai	zang	jian	ying	xun	zhen	she	bin	bin	qiu	she	chuan	zang	zhou	lai	zan	ci	chen	shang	tian	pei	geng	xian	mai	jian	sui	fu	tan	cong	cong	zhi	ji	zhang	du	jin	xiong	chun	yun	bao	zai	lai	feng	cang	ji	sheng	yi	zhuan	fu	gou	sai	ze	liao	yi	bai	chen	wan	zhi	zhui	biao	yun	zeng	dan	zan	yan	pu	shan	wan	ying	jin	gan	xian	zang	bi	du	shu	yan	shang	xuan	long	gan	zang	bei	zhen	fu	yuan	gong	cai	ze	xian	bai	zhang	huo	zhi	fan	tan	pin	bian	gou	zhu	guan	er	jian	ben	shi	tie	gui	kuang	dai	mao	fei	he	yi	zei	zhi	jia	hui	zi	lin	lu	zang	zi	gai	jin	qiu	zhen	lai	she	fu	du	ji	shu	shang	ci	bi	zhou	geng	pei	dan	lai	feng	zhui	fu	zhuan	sai	ze	yan	zan	yun	zeng	shan	ying	gan	chi	xi	she	nan	tong	xi	cheng	he	cheng	zhe	xia	tang	zou	zou	li	jiu	fu	zhao	gan	qi	shan	qiong	yin	xian	zi	jue	qin	chi	ci	chen	chen	die	ju	chao	di	xi	zhan	jue	yue	qu	ji	chi	chu	gua	xue	zi	tiao	duo	lie	gan	suo	cu	xi	zhao	su	yin	ju	jian	que	tang	chuo	cui	lu	qu	dang	qiu	zi	ti	qu	chi	huang	qiao	qiao	jiao	zao	ti	er	zan	zan	zu	pa	bao	ku	ke	dun	jue	fu	chen	jian	fang	zhi	ta	yue	ba	qi	yue	qiang	tuo	tai	yi	nian	ling	mei	ba	die	ku	tuo	jia	ci	pao	qia	zhu	ju	dian	zhi	fu	pan	ju	shan	bo	ni	ju	li	gen	yi	ji	duo	xian	jiao	duo	zhu	quan	kua	zhuai	gui	qiong	kui	xiang	chi	lu	pian	zhi	jia	tiao	cai	jian	da	qiao	bi	xian	duo	ji	ju	ji	shu	tu	chu	jing	nie	xiao	bu	xue	cun	mu	shu	liang	yong	jiao	chou	qiao	mou	ta	jian	qi	wo	wei	chuo	jie	ji	nie	ju	nie	lun	lu	leng	huai	ju	chi	wan	quan	ti	bo	zu	qie	yi	cu	zong	cai	zong	peng	zhi	zheng	dian	zhi	yu	duo	dun	chuan	yong	zhong	di	zha	chen	chuai	jian	gua	tang	ju	fu	zu	die	pian	rou	nuo	ti	cha	tui	jian	dao	cuo	qi	ta	qiang	nian	dian	ti	ji	nie	pan	liu	zan	bi	chong	lu	liao	cu	tang	dai	su	xi	kui	ji	zhi	qiang	di	pan	zong	lian	beng	zao	nian	bie	tui	ju	deng	ceng	xian	fan	chu	zhong	dun	bo	cu	cu	jue	jue	lin	ta	qiao	jue	pu	liao	dun	cuan	guan	zao	da	bi	bi	zhu	ju	chu	qiao	dun	chou	ji	wu	yue	nian	lin	lie	zhi	li	zhi	chan	chu	duan	wei	long	lin	xian	wei	zuan	lan	xie	rang	sa	nie	ta	qu	ji	cuan	cuo	xi	kui	jue	lin	shen	gong	dan	fen	qu	ti	duo	duo	gong	lang	ren	luo	ai	ji	ju	tang	kong	lao	yan	mei	kang	qu	lou	lao	duo	zhi	yan	ti	dao	ying	yu	che	ya	gui	jun	wei	yue	xin	dai	xuan	fan	ren	shan	kuang	shu	tun	chen	dai	e	na	qi	mao	ruan	kuang	qian	zhuan	hong	hu	qu	kuang	di	ling	dai	ao	zhen	fan	kuang	yang	peng	bei	gu	gu	pao	zhu	rong	e	ba	zhou	zhi	yao	ke	yi	zhi	shi	ping	er	gong	ju	jiao	guang	lu	kai	quan	zhou	zai	zhi	she	liang	yu	shao	you	wan	yin	zhe	wan	fu	qing	zhou	ni	leng	zhe	zhan	liang	zi	hui	wang	chuo	guo	kan	yi	peng	qian	gun	nian	ping	guan	bei	lun	pai	liang	ruan	rou	ji	yang	xian	chuan	cou	chun	ge	you	hong	shu	fu	zi	fu	wen	ben	zhan	yu	wen	tao	gu	zhen	xia	yuan	lu	jiao	chao	zhuan	wei	hun	xue	zhe	jiao	zhan	bu	lao	fen	fan	lin	ge	se	kan	huan	yi	ji	zhui	er	yu	jian	hong	lei	pei	li	li	lu	lin	che	ya	gui	xuan	dai	ren	zhuan	e	lun	ruan	hong	gu	ke	lu	zhou	zhi	yi	hu	zhen	li	yao	qing	shi	zai	zhi	jiao	zhou	quan	lu	jiao	zhe	fu	liang	nian	bei	hui	gun	wang	liang	chuo	zi	cou	fu	ji	wen	shu	pei	yuan	xia	zhan	lu	zhe	lin	xin	gu	ci	ci	pi	zui	bian	la	la	ci	xue	ban	bian	bian	bian	xue	bian	ban	ci	bian	bian	chen	ru	nong	nong	chan	chuo	chuo	yi	reng	bian	bian	shi	yu	liao	da	chan	gan	qian	yu	yu	qi	xun	yi	guo	mai	qi	za	wang	tu	zhun	ying	da	yun	jin	hang	ya	fan	wu	da	e	hai	zhe	da	jin	yuan	wei	lian	chi	che	ni	tiao	zhi	yi	jiong	jia	chen	dai	er	di	po	zhu	die	ze	tao	shu	tuo	qu	jing	hui	dong	you	mi	beng	ji	nai	yi	jie	zhui	lie	xun	tui	song	shi	tao	pang	hou	ni	dun	jiong	xuan	xun	bu	you	xiao	qiu	tou	zhu	qiu	di	di	tu	jing	ti	dou	yi	zhe	tong	guang	wu	shi	cheng	su	zao	qun	feng	lian	suo	hui	li	gu	lai	ben	cuo	jue	beng	huan	dai	lu	you	zhou	jin	yu	chuo	kui	wei	ti	yi	da	yuan	luo	bi	nuo	yu	dang	sui	dun	sui	yan	chuan	chi	ti	yu	shi	zhen	you	yun	e	bian	guo	e	xia	huang	qiu	dao	da	wei	nan	yi	gou	yao	chou	liu	xun	ta	di	chi	yuan	su	ta	qian	ma	yao	guan	zhang	ao	shi	ca	chi	su	zao	zhe	dun	di	lou	chi	cuo	lin	zun	rao	qian	xuan	yu	yi	e	liao	ju	shi	bi	yao	mai	xie	sui	hai	zhan	teng	er	miao	bian	bian	la	li	yuan	yao	luo	li	yi	ting	deng	qi	yong	shan	han	yu	mang	ru	qiong	xi	kuang	fu	kang	bin	fang	xing	na	xin	shen	bang	yuan	cun	huo	xie	bang	wu	ju	you	han	tai	qiu	bi	pi	bing	shao	bei	wa	di	zou	ye	lin	kuang	gui	zhu	shi	ku	yu	gai	he	qie	zhi	ji	huan	hou	xing	jiao	xi	gui	nuo	lang	jia	kuai	zheng	lang	yun	yan	cheng	dou	xi	lu	fu	wu	fu	gao	hao	lang	jia	geng	jun	ying	bo	xi	bei	li	yun	bu	xiao	qi	pi	qing	guo	zhou	tan	zou	ping	lai	ni	chen	you	bu	xiang	dan	ju	yong	qiao	yi	dou	yan	mei	ruo	bei	e	shu	juan	yu	yun	hou	kui	xiang	xiang	sou	tang	ming	xi	ru	chu	zi	zou	ye	wu	xiang	yun	hao	yong	bi	mao	chao	fu	liao	yin	zhuan	hu	qiao	yan	zhang	man	qiao	xu	deng	bi	xun	bi	zeng	wei	zheng	mao	shan	lin	po	dan	meng	ye	cao	kuai	feng	meng	zou	kuang	lian	zan	chan	you	ji	yan	chan	zan	ling	huan	xi	feng	zan	li	you	ding	qiu	zhuo	pei	zhou	yi	gan	yu	jiu	yan	zui	mao	zhen	xu	dou	zhen	fen	yuan	fu	yun	tai	tian	qia	tuo	zuo	han	gu	su	po	chou	zai	ming	lao	chuo	chou	you	tong	zhi	xian	jiang	cheng	yin	tu	jiao	mei	ku	suan	lei	pu	zui	hai	yan	shi	niang	wei	lu	lan	yan	tao	pei	zhan	chun	tan	zui	zhui	cu	kun	ti	xian	du	hu	xu	xing	tan	qiu	chun	yun	po	ke	sou	mi	quan	chou	cuo	yun	yong	ang	zha	hai	tang	jiang	piao	chen	yu	li	zao	lao	yi	jiang	bu	jiao	xi	tan	fa	nong	yi	li	ju	yan	yi	niang	ru	xun	chou	yan	ling	mi	mi	niang	xin	jiao	shai	mi	yan	bian	cai	shi	you	shi	shi	li	zhong	ye	liang	xi	jin	jin	ga	yi	liao	dao	zhao	ding	po	qiu	ba	fu	zhen	zhi	ba	luan	fu	nai	diao	shan	qiao	kou	chuan	zi	fan	hua	hua	han	gang	qi	mang	ri	di	si	xi	yi	chai	shi	tu	xi	nu	qian	qiu	jian	pi	ye	jin	ba	fang	chen	xing	dou	yue	qian	fu	bu	na	xin	e	jue	dun	gou	yin	qian	ban	sa	ren	chao	niu	fen	yun	yi	qin	pi	guo	hong	yin	jun	diao	yi	zhong	xi	gai	ri	huo	tai	kang	yuan	lu	e	qin	duo	zi	ni	tu	shi	min	gu	ke	ling	bing	si	gu	bo	pi	yu	si	zuo	bu	you	tian	jia	zhen	shi	shi	zhi	ju	chan	shi	shi	xuan	zhao	bao	he	bi	sheng	chu	shi	bo	zhu	chi	za	po	tong	qian	fu	zhai	mao	qian	fu	li	yue	pi	yang	ban	bo	jie	gou	shu	zheng	mu	xi	xi	di	jia	mu	tan	huan	yi	si	kuang	ka	bei	jian	tong	xing	hong	jiao	chi	er	ge	bing	shi	mou	jia	yin	jun	zhou	chong	xiang	tong	mo	lei	ji	yu	xu	ren	zun	zhi	qiong	shan	chi	xian	xing	quan	pi	tie	zhu	xiang	ming	kua	yao	xian	xian	xiu	jun	cha	lao	ji	pi	ru	mi	yi	yin	guang	an	diu	you	se	kao	qian	luan	si	ai	diao	han	rui	shi	keng	qiu	xiao	zhe	xiu	zang	ti	cuo	gua	hong	zhong	tou	lu	mei	lang	wan	xin	yun	bei	wu	su	yu	chan	ding	bo	han	jia	hong	cuan	feng	chan	wan	zhi	si	xuan	hua	yu	tiao	kuang	zhuo	lue	xing	qin	shen	han	lue	ye	chu	zeng	ju	xian	e	mang	pu	li	pan	rui	cheng	gao	li	te	bing	zhu	zhen	tu	liu	zui	ju	chang	yuan	jian	gang	diao	tao	chang	lun	guo	ling	pi	lu	li	qiang	pou	juan	min	zui	peng	an	pi	xian	ya	zhui	lei	a	kong	ta	kun	du	nei	chui	zi	zheng	ben	nie	zong	chun	tan	ding	qi	qian	zhui	ji	yu	jin	guan	mao	chang	tian	xi	lian	tao	gu	cuo	shu	zhen	lu	meng	lu	hua	biao	ga	lai	ken	fang	wu	nai	wan	zan	hu	de	xian	pian	huo	liang	fa	men	kai	ying	di	lian	guo	xian	du	tu	wei	zong	fu	rou	ji	e	jun	chen	ti	zha	hu	yang	duan	xia	yu	keng	sheng	huang	wei	fu	zhao	cha	qie	shi	hong	kui	tian	mou	qiao	qiao	hou	tou	cong	huan	ye	min	jian	duan	jian	song	kui	hu	xuan	zhe	jie	zhen	bian	zhong	zi	xiu	ye	mei	pai	ai	jie	qian	mei	suo	da	bang	xia	lian	suo	kai	liu	yao	ye	nou	weng	rong	tang	suo	qiang	li	shuo	chui	bo	pan	da	bi	sang	gang	zi	wu	ying	huang	tiao	liu	kai	sun	sha	sou	wan	hao	zhen	zhen	lang	yi	yuan	tang	nie	xi	jia	ge	ma	juan	song	zu	suo	xia	feng	wen	na	lu	suo	ou	zu	tuan	xiu	guan	xuan	lian	shou	ao	man	mo	luo	bi	wei	liu	di	san	zong	yi	lu	ao	keng	qiang	cui	qi	chang	tang	man	yong	chan	feng	jing	biao	shu	lou	xiu	cong	long	zan	jian	cao	li	xia	xi	kang	shuang	beng	zhang	qian	cheng	lu	hua	ji	pu	hui	qiang	po	lin	se	xiu	san	cheng	kui	si	liu	nao	huang	pie	sui	fan	qiao	quan	yang	tang	xiang	jue	jiao	zun	liao	qie	lao	dui	xin	zan	ji	jian	zhong	deng	ya	ying	dui	jue	nou	zan	pu	tie	fan	cheng	ding	shan	kai	jian	fei	sui	lu	juan	hui	yu	lian	zhuo	qiao	jian	zhuo	lei	bi	tie	huan	ye	duo	guo	dang	ju	fen	da	bei	yi	ai	zong	xun	diao	zhu	heng	zhui	ji	nie	he	huo	qing	bin	ying	kui	ning	xu	jian	jian	qian	cha	zhi	mie	li	lei	ji	zuan	kuang	shang	peng	la	du	shuo	chuo	lu	biao	bao	lu	xian	kuan	long	e	lu	xin	jian	lan	bo	jian	yao	chan	xiang	jian	xi	guan	cang	nie	lei	cuan	qu	pan	luo	zuan	luan	zao	nie	jue	tang	zhu	lan	jin	ga	yi	zhen	ding	zhao	po	liao	tu	qian	chuan	shan	sa	fan	diao	men	nu	yang	chai	xing	gai	bu	tai	ju	dun	chao	zhong	na	bei	gang	ban	qian	yao	qin	jun	wu	gou	kang	fang	huo	dou	niu	ba	yu	qian	zheng	qian	gu	bo	ke	po	bu	bo	yue	zuan	mu	tan	jia	dian	you	tie	bo	ling	shuo	qian	mao	bao	shi	xuan	ta	bi	ni	pi	duo	xing	kao	lao	er	mang	ya	you	cheng	jia	ye	nao	zhi	dang	tong	lu	diao	yin	kai	zha	zhu	xi	ting	diu	xian	hua	quan	sha	ha	diao	ge	ming	zheng	se	jiao	yi	chan	chong	tang	an	yin	ru	zhu	lao	pu	wu	lai	te	lian	keng	xiao	suo	li	zeng	chu	guo	gao	e	xiu	cuo	lue	feng	xin	liu	kai	jian	rui	ti	lang	qin	ju	a	qiang	zhe	nuo	cuo	mao	ben	qi	de	ke	kun	chang	xi	gu	luo	chui	zhui	jin	zhi	xian	juan	huo	pei	tan	ding	jian	ju	meng	zi	qie	ying	kai	qiang	si	e	cha	qiao	zhong	duan	sou	huang	huan	ai	du	mei	lou	zi	fei	mei	mo	zhen	bo	ge	nie	tang	juan	nie	na	liu	gao	bang	yi	jia	bin	rong	biao	tang	man	luo	beng	yong	jing	di	zu	xuan	liu	chan	jue	liao	pu	lu	dun	lan	pu	cuan	qiang	deng	huo	lei	huan	zhuo	lian	yi	cha	biao	la	chan	xiang	zhang	chang	jiu	ao	die	qu	liao	mi	zhang	men	ma	shuan	shan	huo	men	yan	bi	han	bi	shan	kai	kang	beng	hong	run	san	xian	xian	jian	min	xia	shui	dou	zha	nao	zhan	peng	xia	ling	bian	bi	run	ai	guan	ge	ge	fa	chu	hong	gui	min	se	kun	lang	lu	ting	sha	ju	yue	yue	chan	qu	lin	chang	shai	kun	yan	wen	yan	e	hun	yu	wen	hong	bao	hong	qu	yao	wen	ban	an	wei	yin	kuo	que	lan	du	quan	feng	tian	nie	ta	kai	he	que	chuang	guan	dou	qi	kui	tang	guan	piao	kan	xi	hui	chan	pi	dang	huan	ta	wen	ta	men	shuan	shan	yan	han	bi	wen	chuang	run	wei	xian	hong	jian	min	kang	men	zha	nao	gui	wen	ta	min	lu	kai	fa	ge	he	kun	jiu	yue	lang	du	yu	yan	chang	xi	wen	hun	yan	yan	chan	lan	qu	hui	kuo	que	he	tian	ta	que	kan	huan	fu	fu	le	dui	xin	qian	wu	gai	zhi	yin	yang	dou	e	sheng	ban	pei	keng	yun	ruan	zhi	pi	jing	fang	yang	yin	zhen	jie	cheng	e	qu	di	zu	zuo	dian	ling	a	tuo	tuo	pi	bing	fu	ji	lu	long	chen	xing	duo	lou	mo	jiang	shu	duo	xian	er	gui	yu	gai	shan	jun	qiao	xing	chun	fu	bi	xia	shan	sheng	zhi	pu	dou	yuan	zhen	chu	xian	dao	nie	yun	xian	pei	fei	zou	yi	dui	lun	yin	ju	chui	chen	pi	ling	tao	xian	lu	sheng	xian	yin	zhu	yang	reng	xia	chong	yan	yin	shu	di	yu	long	wei	wei	nie	dui	sui	an	huang	jie	sui	yin	gai	yan	hui	ge	yun	wu	wei	ai	xi	tang	ji	zhang	dao	ao	xi	yin	sa	rao	lin	tui	deng	jiao	sui	sui	ao	xian	fen	ni	er	ji	dao	xi	yin	zhi	hui	long	xi	li	li	li	zhui	he	zhi	sun	juan	nan	yi	que	yan	qin	qian	xiong	ya	ji	gu	huan	zhi	gou	juan	ci	yong	ju	chu	hu	za	luo	yu	chou	diao	sui	han	wo	shuang	guan	chu	za	yong	ji	xi	chou	liu	li	nan	xue	za	ji	ji	yu	yu	xue	na	fou	se	mu	wen	fen	pang	yun	li	chi	yang	ling	lei	an	bao	wu	dian	dang	hu	wu	diao	xu	ji	mu	chen	xiao	zha	ting	zhen	pei	mei	ling	qi	zhou	huo	sha	fei	hong	zhan	yin	ni	zhu	tun	lin	ling	dong	ying	wu	ling	shuang	ling	xia	hong	yin	mai	mai	yun	liu	meng	bin	wu	wei	kuo	yin	xi	yi	ai	dan	teng	xian	yu	lu	long	dai	ji	pang	yang	ba	pi	wei	feng	xi	ji	mai	meng	meng	lei	li	huo	ai	fei	dai	long	ling	ai	feng	li	bao	he	he	he	bing	qing	qing	jing	tian	zhen	jing	cheng	qing	jing	jing	dian	jing	tian	fei	fei	kao	mi	mian	mian	bao	ye	tian	hui	ye	ge	ding	cha	qian	ren	di	du	wu	ren	qin	jin	xue	niu	ba	yin	sa	na	mo	zu	da	ban	yi	yao	tao	bei	jie	hong	pao	yang	bing	yin	ge	tao	jie	xie	an	an	hen	gong	qia	da	qiao	ting	man	ying	sui	tiao	qiao	xuan	kong	beng	ta	shang	bing	kuo	ju	la	xie	rou	bang	eng	qiu	qiu	he	qiao	mu	ju	jian	bian	di	jian	wen	tao	gou	ta	bei	xie	pan	ge	bi	kuo	tang	lou	gui	qiao	xue	ji	jian	jiang	chan	da	hu	xian	qian	du	wa	jian	lan	wei	ren	fu	mei	quan	ge	wei	qiao	han	chang	kuo	rou	yun	she	wei	ge	bai	tao	gou	yun	gao	bi	wei	sui	du	wa	du	wei	ren	fu	han	wei	yun	tao	jiu	jiu	xian	xie	xian	ji	yin	za	yun	shao	le	peng	huang	ying	yun	peng	an	yin	xiang	hu	ye	ding	qing	kui	xiang	shun	han	xu	yi	xu	e	song	kui	qi	hang	yu	wan	ban	dun	di	dan	pan	po	ling	che	jing	lei	he	qiao	e	e	wei	xie	kuo	shen	yi	yi	hai	dui	yu	ping	lei	fu	jia	tou	hui	kui	jia	luo	ting	cheng	ying	yun	hu	han	jing	tui	tui	pin	lai	tui	zi	zi	chui	ding	lai	tan	han	qian	ke	cui	xuan	qin	yi	sai	ti	e	e	yan	wen	kan	yong	zhuan	yan	xian	xin	yi	yuan	sang	dian	dian	jiang	kui	lei	lao	piao	wai	man	cu	yao	hao	qiao	gu	xun	yan	hui	chan	ru	meng	bin	xian	pin	lu	lan	nie	quan	ye	ding	qing	han	xiang	shun	xu	xu	wan	gu	dun	qi	ban	song	hang	yu	lu	ling	po	jing	jie	jia	ting	he	ying	jiong	ke	yi	pin	hui	tui	han	ying	ying	ke	ti	yong	e	zhuan	yan	e	nie	man	dian	sang	hao	lei	chan	ru	pin	quan	feng	biao	gua	fu	xia	zhan	biao	sa	ba	tai	lie	gua	xuan	shao	ju	biao	si	wei	yang	yao	sou	kai	sou	fan	liu	xi	liu	piao	piao	liu	biao	biao	biao	liao	biao	se	feng	xiu	feng	yang	zhan	biao	sa	ju	si	sou	yao	liu	piao	biao	biao	fei	fan	fei	fei	shi	shi	can	ji	ding	si	tuo	zhan	sun	xiang	tun	ren	yu	juan	chi	yin	fan	fan	sun	yin	tou	yi	zuo	bi	jie	tao	bao	ci	tie	si	bao	shi	duo	hai	ren	tian	jiao	jia	bing	yao	tong	ci	xiang	yang	juan	er	yan	le	xi	can	bo	nei	e	bu	jun	dou	su	yu	shi	yao	hun	guo	shi	jian	zhui	bing	xian	bu	ye	tan	fei	zhang	wei	guan	e	nuan	yun	hu	huang	tie	hui	jian	hou	ai	tang	fen	wei	gu	cha	song	tang	bo	gao	xi	kui	liu	sou	tao	ye	wen	mo	tang	man	bi	yu	xiu	jin	san	kui	zhuan	shan	chi	dan	yi	ji	rao	cheng	yong	tao	wei	xiang	zhan	fen	hai	meng	yan	mo	chan	xiang	luo	zan	nang	shi	ding	ji	tuo	xing	tun	xi	ren	yu	chi	fan	yin	jian	shi	bao	si	duo	yi	er	rao	xiang	he	le	jiao	xi	bing	bo	dou	e	yu	nei	jun	guo	hun	xian	guan	cha	kui	gu	sou	chan	ye	mo	bo	liu	xiu	jin	man	san	zhuan	nang	shou	kui	guo	xiang	fen	bo	ni	bi	bo	tu	han	fei	jian	an	ai	fu	xian	yun	xin	fen	pin	xin	ma	yu	feng	han	di	tuo	zhe	chi	xun	zhu	zhi	pei	xin	ri	sa	yun	wen	zhi	dan	lu	you	bo	bao	jue	tuo	yi	qu	wen	qu	jiong	po	zhao	yuan	pei	zhou	ju	zhu	nu	ju	pi	zang	jia	ling	zhen	tai	fu	yang	shi	bi	tuo	tuo	si	liu	ma	pian	tao	zhi	rong	teng	dong	xun	quan	shen	jiong	er	hai	bo	zhu	yin	luo	zhou	dan	hai	liu	ju	song	qin	mang	lang	han	tu	xuan	tui	jun	e	cheng	xing	ai	lu	zhui	zhou	she	pian	kun	tao	lai	zong	ke	qi	qi	yan	fei	sao	yan	ge	yao	wu	pian	cong	pian	qian	fei	huang	qian	huo	yu	ti	quan	xia	zong	kui	rou	si	gua	tuo	gui	sou	qian	cheng	zhi	liu	peng	teng	xi	cao	du	yan	yuan	zou	sao	shan	qi	zhi	shuang	lu	xi	luo	zhang	mo	ao	can	biao	cong	qu	bi	zhi	yu	xu	hua	bo	su	xiao	lin	zhan	dun	liu	tuo	ceng	dian	jiao	tie	yan	luo	zhan	jing	yi	ye	tuo	pin	zhou	yan	long	lu	teng	xiang	ji	shuang	ju	xi	huan	li	biao	ma	yu	tuo	xun	chi	qu	ri	bo	lu	zang	shi	si	fu	ju	zou	zhu	tuo	nu	jia	yi	dai	xiao	ma	yin	jiao	hua	luo	hai	pian	biao	li	cheng	yan	xing	qin	jun	qi	qi	ke	zhui	zong	su	can	pian	zhi	kui	sao	wu	ao	liu	qian	shan	biao	luo	cong	chan	zhou	ji	shuang	xiang	gu	wei	wei	wei	yu	gan	yi	ang	tou	jie	bao	bei	ci	ti	di	ku	hai	qiao	hou	kua	ge	tui	geng	pian	bi	ke	qia	yu	sui	lou	bo	xiao	bang	bo	ci	kuan	bin	mo	liao	lou	xiao	du	zang	sui	ti	bin	kuan	lu	gao	gao	qiao	kao	qiao	lao	sao	biao	kun	kun	di	fang	xiu	ran	mao	dan	kun	bin	fa	tiao	pi	zi	fa	ran	ti	bao	bi	mao	fu	er	rong	qu	gong	xiu	kuo	ji	peng	zhua	shao	suo	ti	li	bin	zong	di	peng	song	zheng	quan	zong	shun	jian	tuo	hu	la	jiu	qi	lian	zhen	bin	peng	ma	san	man	man	seng	xu	lie	qian	qian	nang	huan	kuo	ning	bin	lie	rang	dou	dou	nao	hong	xi	dou	han	dou	dou	jiu	chang	yu	yu	ge	yan	fu	qin	gui	zong	liu	gui	shang	yu	gui	mei	ji	qi	ga	kui	hun	ba	po	mei	xu	yan	xiao	liang	yu	tui	qi	wang	liang	wei	gan	chi	piao	bi	mo	ji	xu	chou	yan	zhan	yu	dao	ren	jie	ba	hong	tuo	diao	ji	xu	e	e	sha	hang	tun	mo	jie	shen	ban	yuan	pi	lu	wen	hu	lu	za	fang	fen	na	you	pian	mo	he	xia	qu	han	pi	ling	tuo	bo	qiu	ping	fu	bi	ci	wei	ju	diao	ba	you	gun	pi	nian	xing	tai	bao	fu	zha	ju	gu	shi	dong	dai	ta	jie	shu	hou	xiang	er	an	wei	zhao	zhu	yin	lie	luo	tong	ti	yi	bing	wei	jiao	ku	gui	xian	ge	hui	lao	fu	kao	xiu	duo	jun	ti	mian	shao	zha	suo	qin	yu	nei	zhe	gun	geng	su	wu	qiu	shan	pu	huan	tiao	li	sha	sha	kao	meng	cheng	li	zou	xi	yong	shen	zi	qi	zheng	xiang	nei	chun	ji	diao	qie	gu	zhou	dong	lai	fei	ni	yi	kun	lu	jiu	chang	jing	lun	ling	zou	li	meng	zong	zhi	nian	hu	yu	di	shi	shen	huan	ti	hou	xing	zhu	la	zong	zei	bian	bian	huan	quan	zei	wei	wei	yu	chun	rou	die	huang	lian	yan	qiu	qiu	jian	bi	e	yang	fu	sai	gan	xia	tuo	hu	shi	ruo	xuan	wen	qian	hao	wu	fang	sao	liu	ma	shi	shi	guan	zi	teng	ta	yao	e	yong	qian	qi	wen	ruo	shen	lian	ao	le	hui	min	ji	tiao	qu	jian	shen	man	xi	qiu	biao	ji	ji	zhu	jiang	xiu	zhuan	yong	zhang	kang	xue	bie	yu	qu	xiang	bo	jiao	xun	su	huang	zun	shan	shan	fan	gui	lin	xun	miao	xi	zeng	xiang	fen	guan	hou	kuai	zei	sao	zhan	gan	gui	ying	li	chang	lei	shu	ai	ru	ji	xu	hu	shu	li	lie	li	mie	zhen	xiang	e	lu	guan	li	xian	yu	dao	ji	you	tun	lu	fang	ba	he	ba	ping	nian	lu	you	zha	fu	bo	bao	hou	pi	tai	gui	jie	kao	wei	er	tong	zei	hou	kuai	ji	jiao	xian	zha	xiang	xun	geng	li	lian	jian	li	shi	tiao	gun	sha	huan	jun	ji	yong	qing	ling	qi	zou	fei	kun	chang	gu	ni	nian	diao	jing	shen	shi	zi	fen	die	bi	chang	ti	wen	wei	sai	e	qiu	fu	huang	quan	jiang	bian	sao	ao	qi	ta	guan	yao	pang	jian	le	biao	xue	bie	man	min	yong	wei	xi	gui	shan	lin	zun	hu	gan	li	zhan	guan	niao	yi	fu	li	jiu	bu	yan	fu	diao	ji	feng	ru	gan	shi	feng	ming	bao	yuan	zhi	hu	qin	fu	ban	wen	jian	shi	yu	fou	yao	jue	jue	pi	huan	zhen	bao	yan	ya	zheng	fang	feng	wen	ou	dai	ge	ru	ling	mie	fu	tuo	min	li	bian	zhi	ge	yuan	ci	qu	xiao	chi	dan	ju	yao	gu	zhong	yu	yang	yu	ya	tie	yu	tian	ying	dui	wu	er	gua	ai	zhi	yan	heng	xiao	jia	lie	zhu	yang	ti	hong	luo	ru	mou	ge	ren	jiao	xiu	zhou	chi	luo	heng	nian	e	luan	jia	ji	tu	huan	tuo	bu	wu	juan	yu	bo	jun	jun	bi	xi	jun	ju	tu	jing	ti	e	e	kuang	hu	wu	shen	lai	jiao	pan	lu	pi	shu	fu	an	zhuo	peng	qin	qian	bei	diao	lu	que	jian	ju	tu	ya	yuan	qi	li	ye	zhui	kong	duo	kun	sheng	qi	jing	yi	yi	jing	zi	lai	dong	qi	chun	geng	ju	jue	yi	zun	ji	shu	ying	chi	miao	rou	an	qiu	ti	hu	ti	e	jie	mao	fu	chun	tu	yan	he	yuan	pian	kun	mei	hu	ying	chuan	wu	ju	dong	cang	fang	he	ying	yuan	xian	weng	shi	he	chu	tang	xia	ruo	liu	ji	gu	jian	sun	han	ci	ci	yi	yao	yan	ji	li	tian	kou	ti	ti	yi	tu	ma	xiao	gao	tian	chen	ji	tuan	zhe	ao	yao	yi	ou	chi	zhi	liu	yong	lu	bi	shuang	zhuo	yu	wu	jue	yin	ti	si	jiao	yi	hua	bi	ying	su	huang	fan	jiao	liao	yan	gao	jiu	xian	xian	tu	mai	zun	yu	ying	lu	tuan	xian	xue	yi	pi	shu	luo	xi	yi	ji	ze	yu	zhan	ye	yang	pi	ning	hu	mi	ying	meng	di	yue	yu	lei	bu	lu	he	long	shuang	yue	ying	guan	qu	li	luan	niao	jiu	ji	yuan	ming	shi	ou	ya	cang	bao	zhen	gu	dong	lu	ya	xiao	yang	ling	chi	qu	yuan	xue	tuo	si	zhi	er	gua	xiu	heng	zhou	ge	luan	hong	wu	bo	li	juan	gu	e	yu	xian	ti	wu	que	miao	an	kun	bei	peng	qian	chun	geng	yuan	su	hu	he	e	gu	qiu	ci	mei	wu	yi	yao	weng	liu	ji	yi	jian	he	yi	ying	zhe	liu	liao	jiao	jiu	yu	lu	huan	zhan	ying	hu	meng	guan	shuang	lu	jin	ling	jian	xian	cuo	jian	jian	yan	cuo	lu	you	cu	ji	pao	cu	pao	zhu	jun	zhu	jian	mi	mi	yu	liu	chen	jun	lin	ni	qi	lu	jiu	jun	jing	li	xiang	xian	jia	mi	li	she	zhang	lin	jing	qi	ling	yan	cu	mai	mai	he	chao	fu	mian	mian	fu	pao	qu	qu	mou	fu	xian	lai	qu	mian	chi	feng	fu	qu	mian	ma	me	mo	hui	mo	zou	nun	fen	huang	huang	jin	guang	tian	tou	hong	hua	kuang	hong	shu	li	nian	chi	hei	hei	yi	qian	dan	xi	tun	mo	mo	qian	dai	chu	you	dian	yi	xia	yan	qu	mei	yan	qing	yue	li	dang	du	can	yan	yan	yan	dan	an	zhen	dai	can	yi	mei	zhan	yan	du	lu	zhi	fen	fu	fu	mian	min	yuan	cu	qu	chao	wa	zhu	zhi	meng	ao	bie	tuo	bi	yuan	chao	tuo	ding	mi	nai	ding	zi	gu	gu	dong	fen	tao	yuan	pi	chang	gao	qi	yuan	tang	teng	shu	shu	fen	fei	wen	ba	diao	tuo	zhong	qu	sheng	shi	you	shi	ting	wu	ju	jing	hun	ju	yan	tu	si	xi	xian	yan	lei	bi	yao	qiu	han	wu	wu	hou	xie	e	zha	xiu	weng	zha	nong	nang	qi	zhai	ji	zi	ji	ji	qi	ji	chi	chen	chen	he	ya	yin	xie	bao	ze	xie	chai	chi	yan	ju	tiao	ling	ling	chu	quan	xie	ken	nie	jiu	yao	chuo	yun	yu	chu	yi	ni	ze	zou	qu	yun	yan	ou	e	wo	yi	ci	zou	dian	chu	jin	ya	chi	chen	he	yin	ju	ling	bao	tiao	zi	yin	yu	chuo	qu	wo	long	pang	gong	pang	yan	long	long	gong	kan	da	ling	da	long	gong	kan	gui	qiu	bie	gui	yue	chui	he	jue	xie	yu
9FAA	zhan
9FAC	wang
9FB0	zou
9FB5	shou
9FBB	luan
9FC3	shan	liang
9FC7	zheng
9FCC	liang	gang	ta	mai
9FD4	ge	dan
9FEB	ao	tian	ni
9FF0	han	ba	lao	tuo	dong	zhi	lang	an	tuo	mi	mai	bu	jia
9FFE	lang	xing
AC00	ga	gag	gakk	gags	gan	ganj	ganh	gad	gal	galg	galm	galb	gals	galt	galp	galh	gam	gab	gabs	gas	gass	gang	gaj	gach	gak	gat	gap	gah	gae	gaeg	gaekk	gaegs	gaen	gaenj	gaenh	gaed	gael	gaelg	gaelm	gaelb	gaels	gaelt	gaelp	gaelh	gaem	gaeb	gaebs	gaes	gaess	gaeng	gaej	gaech	gaek	gaet	gaep	gaeh	gya	gyag	gyakk	gyags	gyan	gyanj	gyanh	gyad	gyal	gyalg	gyalm	gyalb	gyals	gyalt	gyalp	gyalh	gyam	gyab	gyabs	gyas	gyass	gyang	gyaj	gyach	gyak	gyat	gyap	gyah	gyae	gyaeg	gyaekk	gyaegs	gyaen	gyaenj	gyaenh	gyaed	gyael	gyaelg	gyaelm	gyaelb	gyaels	gyaelt	gyaelp	gyaelh	gyaem	gyaeb	gyaebs	gyaes	gyaess	gyaeng	gyaej	gyaech	gyaek	gyaet	gyaep	gyaeh	geo	geog	geokk	geogs	geon	geonj	geonh	geod	geol	geolg	geolm	geolb	geols	geolt	geolp	geolh	geom	geob	geobs	geos	geoss	geong	geoj	geoch	geok	geot	geop	geoh	ge	geg	gekk	gegs	gen	genj	genh	ged	gel	gelg	gelm	gelb	gels	gelt	gelp	gelh	gem	geb	gebs	ges	gess	geng	gej	gech	gek	get	gep	geh	gyeo	gyeog	gyeokk	gyeogs	gyeon	gyeonj	gyeonh	gyeod	gyeol	gyeolg	gyeolm	gyeolb	gyeols	gyeolt	gyeolp	gyeolh	gyeom	gyeob	gyeobs	gyeos	gyeoss	gyeong	gyeoj	gyeoch	gyeok	gyeot	gyeop	gyeoh	gye	gyeg	gyekk	gyegs	gyen	gyenj	gyenh	gyed	gyel	gyelg	gyelm	gyelb	gyels	gyelt	gyelp	gyelh	gyem	gyeb	gyebs	gyes	gyess	gyeng	gyej	gyech	gyek	gyet	gyep	gyeh	go	gog	gokk	gogs	gon	gonj	gonh	god	gol	golg	golm	golb	gols	golt	golp	golh	gom	gob	gobs	gos	goss	gong	goj	goch	gok	got	gop	goh	gwa	gwag	gwakk	gwags	gwan	gwanj	gwanh	gwad	gwal	gwalg	gwalm	gwalb	gwals	gwalt	gwalp	gwalh	gwam	gwab	gwabs	gwas	gwass	gwang	gwaj	gwach	gwak	gwat	gwap	gwah	gwae	gwaeg	gwaekk	gwaegs	gwaen	gwaenj	gwaenh	gwaed	gwael	gwaelg	gwaelm	gwaelb	gwaels	gwaelt	gwaelp	gwaelh	gwaem	gwaeb	gwaebs	gwaes	gwaess	gwaeng	gwaej	gwaech	gwaek	gwaet	gwaep	gwaeh	goe	goeg	goekk	goegs	goen	goenj	goenh	goed	goel	goelg	goelm	goelb	goels	goelt	goelp	goelh	goem	goeb	goebs	goes	goess	goeng	goej	goech	goek	goet	goep	goeh	gyo	gyog	gyokk	gyogs	gyon	gyonj	gyonh	gyod	gyol	gyolg	gyolm	gyolb	gyols	gyolt	gyolp	gyolh	gyom	gyob	gyobs	gyos	gyoss	gyong	gyoj	gyoch	gyok	gyot	gyop	gyoh	gu	gug	gukk	gugs	gun	gunj	gunh	gud	gul	gulg	gulm	gulb	guls	gult	gulp	gulh	gum	gub	gubs	gus	guss	gung	guj	guch	guk	gut	gup	guh	gwo	gwog	gwokk	gwogs	gwon	gwonj	gwonh	gwod	gwol	gwolg	gwolm	gwolb	gwols	gwolt	gwolp	gwolh	gwom	gwob	gwobs	gwos	gwoss	gwong	gwoj	gwoch	gwok	gwot	gwop	gwoh	gwe	gweg	gwekk	gwegs	gwen	gwenj	gwenh	gwed	gwel	gwelg	gwelm	gwelb	gwels	gwelt	gwelp	gwelh	gwem	gweb	gwebs	gwes	gwess	gweng	gwej	gwech	gwek	gwet	gwep	gweh	gwi	gwig	gwikk	gwigs	gwin	gwinj	gwinh	gwid	gwil	gwilg	gwilm	gwilb	gwils	gwilt	gwilp	gwilh	gwim	gwib	gwibs	gwis	gwiss	gwing	gwij	gwich	gwik	gwit	gwip	gwih	gyu	gyug	gyukk	gyugs	gyun	gyunj	gyunh	gyud	gyul	gyulg	gyulm	gyulb	gyuls	gyult	gyulp	gyulh	gyum	gyub	gyubs	gyus	gyuss	gyung	gyuj	gyuch	gyuk	gyut	gyup	gyuh	geu	geug	geukk	geugs	geun	geunj	geunh	geud	geul	geulg	geulm	geulb	geuls	geult	geulp	geulh	geum	geub	geubs	geus	geuss	geung	geuj	geuch	geuk	geut	geup	geuh	gui	guig	guikk	guigs	guin	guinj	guinh	guid	guil	guilg	guilm	guilb	guils	guilt	guilp	guilh	guim	guib	guibs	guis	guiss	guing	guij	guich	guik	guit	guip	guih	gi	gig	gikk	gigs	gin	ginj	ginh	gid	gil	gilg	gilm	gilb	gils	gilt	gilp	gilh	gim	gib	gibs	gis	giss	ging	gij	gich	gik	git	gip	gih	kka	kkag	kkakk	kkags	kkan	kkanj	kkanh	kkad	kkal	kkalg	kkalm	kkalb	kkals	kkalt	kkalp	kkalh	kkam	kkab	kkabs	kkas	kkass	kkang	kkaj	kkach	kkak	kkat	kkap	kkah	kkae	kkaeg	kkaekk	kkaegs	kkaen	kkaenj	kkaenh	kkaed	kkael	kkaelg	kkaelm	kkaelb	kkaels	kkaelt	kkaelp	kkaelh	kkaem	kkaeb	kkaebs	kkaes	kkaess	kkaeng	kkaej	kkaech	kkaek	kkaet	kkaep	kkaeh	kkya	kkyag	kkyakk	kkyags	kkyan	kkyanj	kkyanh	kkyad	kkyal	kkyalg	kkyalm	kkyalb	kkyals	kkyalt	kkyalp	kkyalh	kkyam	kkyab	kkyabs	kkyas	kkyass	kkyang	kkyaj	kkyach	kkyak	kkyat	kkyap	kkyah	kkyae	kkyaeg	kkyaekk	kkyaegs	kkyaen	kkyaenj	kkyaenh	kkyaed	kkyael	kkyaelg	kkyaelm	kkyaelb	kkyaels	kkyaelt	kkyaelp	kkyaelh	kkyaem	kkyaeb	kkyaebs	kkyaes	kkyaess	kkyaeng	kkyaej	kkyaech	kkyaek	kkyaet	kkyaep	kkyaeh	kkeo	kkeog	kkeokk	kkeogs	kkeon	kkeonj	kkeonh	kkeod	kkeol	kkeolg	kkeolm	kkeolb	kkeols	kkeolt	kkeolp	kkeolh	kkeom	kkeob	kkeobs	kkeos	kkeoss	kkeong	kkeoj	kkeoch	kkeok	kkeot	kkeop	kkeoh	kke	kkeg	kkekk	kkegs	kken	kkenj	kkenh	kked	kkel	kkelg	kkelm	kkelb	kkels	kkelt	kkelp	kkelh	kkem	kkeb	kkebs	kkes	kkess	kkeng	kkej	kkech	kkek	kket	kkep	kkeh	kkyeo	kkyeog	kkyeokk	kkyeogs	kkyeon	kkyeonj	kkyeonh	kkyeod	kkyeol	kkyeolg	kkyeolm	kkyeolb	kkyeols	kkyeolt	kkyeolp	kkyeolh	kkyeom	kkyeob	kkyeobs	kkyeos	kkyeoss	kkyeong	kkyeoj	kkyeoch	kkyeok	kkyeot	kkyeop	kkyeoh	kkye	kkyeg	kkyekk	kkyegs	kkyen	kkyenj	kkyenh	kkyed	kkyel	kkyelg	kkyelm	kkyelb	kkyels	kkyelt	kkyelp	kkyelh	kkyem	kkyeb	kkyebs	kkyes	kkyess	kkyeng	kkyej	kkyech	kkyek	kkyet	kkyep	kkyeh	kko	kkog	kkokk	kkogs	kkon	kkonj	kkonh	kkod	kkol	kkolg	kkolm	kkolb	kkols	kkolt	kkolp	kkolh	kkom	kkob	kkobs	kkos	kkoss	kkong	kkoj	kkoch	kkok	kkot	kkop	kkoh	kkwa	kkwag	kkwakk	kkwags	kkwan	kkwanj	kkwanh	kkwad	kkwal	kkwalg	kkwalm	kkwalb	kkwals	kkwalt	kkwalp	kkwalh	kkwam	kkwab	kkwabs	kkwas	kkwass	kkwang	kkwaj	kkwach	kkwak	kkwat	kkwap	kkwah	kkwae	kkwaeg	kkwaekk	kkwaegs	kkwaen	kkwaenj	kkwaenh	kkwaed	kkwael	kkwaelg	kkwaelm	kkwaelb	kkwaels	kkwaelt	kkwaelp	kkwaelh	kkwaem	kkwaeb	kkwaebs	kkwaes	kkwaess	kkwaeng	kkwaej	kkwaech	kkwaek	kkwaet	kkwaep	kkwaeh	kkoe	kkoeg	kkoekk	kkoegs	kkoen	kkoenj	kkoenh	kkoed	kkoel	kkoelg	kkoelm	kkoelb	kkoels	kkoelt	kkoelp	kkoelh	kkoem	kkoeb	kkoebs	kkoes	kkoess	kkoeng	kkoej	kkoech	kkoek	kkoet	kkoep	kkoeh	kkyo	kkyog	kkyokk	kkyogs	kkyon	kkyonj	kkyonh	kkyod	kkyol	kkyolg	kkyolm	kkyolb	kkyols	kkyolt	kkyolp	kkyolh	kkyom	kkyob	kkyobs	kkyos	kkyoss	kkyong	kkyoj	kkyoch	kkyok	kkyot	kkyop	kkyoh	kku	kkug	kkukk	kkugs	kkun	kkunj	kkunh	kkud	kkul	kkulg	kkulm	kkulb	kkuls	kkult	kkulp	kkulh	kkum	kkub	kkubs	kkus	kkuss	kkung	kkuj	kkuch	kkuk	kkut	kkup	kkuh	kkwo	kkwog	kkwokk	kkwogs	kkwon	kkwonj	kkwonh	kkwod	kkwol	kkwolg	kkwolm	kkwolb	kkwols	kkwolt	kkwolp	kkwolh	kkwom	kkwob	kkwobs	kkwos	kkwoss	kkwong	kkwoj	kkwoch	kkwok	kkwot	kkwop	kkwoh	kkwe	kkweg	kkwekk	kkwegs	kkwen	kkwenj	kkwenh	kkwed	kkwel	kkwelg	kkwelm	kkwelb	kkwels	kkwelt	kkwelp	kkwelh	kkwem	kkweb	kkwebs	kkwes	kkwess	kkweng	kkwej	kkwech	kkwek	kkwet	kkwep	kkweh	kkwi	kkwig	kkwikk	kkwigs	kkwin	kkwinj	kkwinh	kkwid	kkwil	kkwilg	kkwilm	kkwilb	kkwils	kkwilt	kkwilp	kkwilh	kkwim	kkwib	kkwibs	kkwis	kkwiss	kkwing	kkwij	kkwich	kkwik	kkwit	kkwip	kkwih	kkyu	kkyug	kkyukk	kkyugs	kkyun	kkyunj	kkyunh	kkyud	kkyul	kkyulg	kkyulm	kkyulb	kkyuls	kkyult	kkyulp	kkyulh	kkyum	kkyub	kkyubs	kkyus	kkyuss	kkyung	kkyuj	kkyuch	kkyuk	kkyut	kkyup	kkyuh	kkeu	kkeug	kkeukk	kkeugs	kkeun	kkeunj	kkeunh	kkeud	kkeul	kkeulg	kkeulm	kkeulb	kkeuls	kkeult	kkeulp	kkeulh	kkeum	kkeub	kkeubs	kkeus	kkeuss	kkeung	kkeuj	kkeuch	kkeuk	kkeut	kkeup	kkeuh	kkui	kkuig	kkuikk	kkuigs	kkuin	kkuinj	kkuinh	kkuid	kkuil	kkuilg	kkuilm	kkuilb	kkuils	kkuilt	kkuilp	kkuilh	kkuim	kkuib	kkuibs	kkuis	kkuiss	kkuing	kkuij	kkuich	kkuik	kkuit	kkuip	kkuih	kki	kkig	kkikk	kkigs	kkin	kkinj	kkinh	kkid	kkil	kkilg	kkilm	kkilb	kkils	kkilt	kkilp	kkilh	kkim	kkib	kkibs	kkis	kkiss	kking	kkij	kkich	kkik	kkit	kkip	kkih	na	nag	nakk	nags	nan	nanj	nanh	nad	nal	nalg	nalm	nalb	nals	nalt	nalp	nalh	nam	nab	nabs	nas	nass	nang	naj	nach	nak	nat	nap	nah	nae	naeg	naekk	naegs	naen	naenj	naenh	naed	nael	naelg	naelm	naelb	naels	naelt	naelp	naelh	naem	naeb	naebs	naes	naess	naeng	naej	naech	naek	naet	naep	naeh	nya	nyag	nyakk	nyags	nyan	nyanj	nyanh	nyad	nyal	nyalg	nyalm	nyalb	nyals	nyalt	nyalp	nyalh	nyam	nyab	nyabs	nyas	nyass	nyang	nyaj	nyach	nyak	nyat	nyap	nyah	nyae	nyaeg	nyaekk	nyaegs	nyaen	nyaenj	nyaenh	nyaed	nyael	nyaelg	nyaelm	nyaelb	nyaels	nyaelt	nyaelp	nyaelh	nyaem	nyaeb	nyaebs	nyaes	nyaess	nyaeng	nyaej	nyaech	nyaek	nyaet	nyaep	nyaeh	neo	neog	neokk	neogs	neon	neonj	neonh	neod	neol	neolg	neolm	neolb	neols	neolt	neolp	neolh	neom	neob	neobs	neos	neoss	neong	neoj	neoch	neok	neot	neop	neoh	ne	neg	nekk	negs	nen	nenj	nenh	ned	nel	nelg	nelm	nelb	nels	nelt	nelp	nelh	nem	neb	nebs	nes	ness	neng	nej	nech	nek	net	nep	neh	nyeo	nyeog	nyeokk	nyeogs	nyeon	nyeonj	nyeonh	nyeod	nyeol	nyeolg	nyeolm	nyeolb	nyeols	nyeolt	nyeolp	nyeolh	nyeom	nyeob	nyeobs	nyeos	nyeoss	nyeong	nyeoj	nyeoch	nyeok	nyeot	nyeop	nyeoh	nye	nyeg	nyekk	nyegs	nyen	nyenj	nyenh	nyed	nyel	nyelg	nyelm	nyelb	nyels	nyelt	nyelp	nyelh	nyem	nyeb	nyebs	nyes	nyess	nyeng	nyej	nyech	nyek	nyet	nyep	nyeh	no	nog	nokk	nogs	non	nonj	nonh	nod	nol	nolg	nolm	nolb	nols	nolt	nolp	nolh	nom	nob	nobs	nos	noss	nong	noj	noch	nok	not	nop	noh	nwa	nwag	nwakk	nwags	nwan	nwanj	nwanh	nwad	nwal	nwalg	nwalm	nwalb	nwals	nwalt	nwalp	nwalh	nwam	nwab	nwabs	nwas	nwass	nwang	nwaj	nwach	nwak	nwat	nwap	nwah	nwae	nwaeg	nwaekk	nwaegs	nwaen	nwaenj	nwaenh	nwaed	nwael	nwaelg	nwaelm	nwaelb	nwaels	nwaelt	nwaelp	nwaelh	nwaem	nwaeb	nwaebs	nwaes	nwaess	nwaeng	nwaej	nwaech	nwaek	nwaet	nwaep	nwaeh	noe	noeg	noekk	noegs	noen	noenj	noenh	noed	noel	noelg	noelm	noelb	noels	noelt	noelp	noelh	noem	noeb	noebs	noes	noess	noeng	noej	noech	noek	noet	noep	noeh	nyo	nyog	nyokk	nyogs	nyon	nyonj	nyonh	nyod	nyol	nyolg	nyolm	nyolb	nyols	nyolt	nyolp	nyolh	nyom	nyob	nyobs	nyos	nyoss	nyong	nyoj	nyoch	nyok	nyot	nyop	nyoh	nu	nug	nukk	nugs	nun	nunj	nunh	nud	nul	nulg	nulm	nulb	nuls	nult	nulp	nulh	num	nub	nubs	nus	nuss	nung	nuj	nuch	nuk	nut	nup	nuh	nwo	nwog	nwokk	nwogs	nwon	nwonj	nwonh	nwod	nwol	nwolg	nwolm	nwolb	nwols	nwolt	nwolp	nwolh	nwom	nwob	nwobs	nwos	nwoss	nwong	nwoj	nwoch	nwok	nwot	nwop	nwoh	nwe	nweg	nwekk	nwegs	nwen	nwenj	nwenh	nwed	nwel	nwelg	nwelm	nwelb	nwels	nwelt	nwelp	nwelh	nwem	nweb	nwebs	nwes	nwess	nweng	nwej	nwech	nwek	nwet	nwep	nweh	nwi	nwig	nwikk	nwigs	nwin	nwinj	nwinh	nwid	nwil	nwilg	nwilm	nwilb	nwils	nwilt	nwilp	nwilh	nwim	nwib	nwibs	nwis	nwiss	nwing	nwij	nwich	nwik	nwit	nwip	nwih	nyu	nyug	nyukk	nyugs	nyun	nyunj	nyunh	nyud	nyul	nyulg	nyulm	nyulb	nyuls	nyult	nyulp	nyulh	nyum	nyub	nyubs	nyus	nyuss	nyung	nyuj	nyuch	nyuk	nyut	nyup	nyuh	neu	neug	neukk	neugs	neun	neunj	neunh	neud	neul	neulg	neulm	neulb	neuls	neult	neulp	neulh	neum	neub	neubs	neus	neuss	neung	neuj	neuch	neuk	neut	neup	neuh	nui	nuig	nuikk	nuigs	nuin	nuinj	nuinh	nuid	nuil	nuilg	nuilm	nuilb	nuils	nuilt	nuilp	nuilh	nuim	nuib	nuibs	nuis	nuiss	nuing	nuij	nuich	nuik	nuit	nuip	nuih	ni	nig	nikk	nigs	nin	ninj	ninh	nid	nil	nilg	nilm	nilb	nils	nilt	nilp	nilh	nim	nib	nibs	nis	niss	ning	nij	nich	nik	nit	nip	nih	da	dag	dakk	dags	dan	danj	danh	dad	dal	dalg	dalm	dalb	dals	dalt	dalp	dalh	dam	dab	dabs	das	dass	dang	daj	dach	dak	dat	dap	dah	dae	daeg	daekk	daegs	daen	daenj	daenh	daed	dael	daelg	daelm	daelb	daels	daelt	daelp	daelh	daem	daeb	daebs	daes	daess	daeng	daej	daech	daek	daet	daep	daeh	dya	dyag	dyakk	dyags	dyan	dyanj	dyanh	dyad	dyal	dyalg	dyalm	dyalb	dyals	dyalt	dyalp	dyalh	dyam	dyab	dyabs	dyas	dyass	dyang	dyaj	dyach	dyak	dyat	dyap	dyah	dyae	dyaeg	dyaekk	dyaegs	dyaen	dyaenj	dyaenh	dyaed	dyael	dyaelg	dyaelm	dyaelb	dyaels	dyaelt	dyaelp	dyaelh	dyaem	dyaeb	dyaebs	dyaes	dyaess	dyaeng	dyaej	dyaech	dyaek	dyaet	dyaep	dyaeh	deo	deog	deokk	deogs	deon	deonj	deonh	deod	deol	deolg	deolm	deolb	deols	deolt	deolp	deolh	deom	deob	deobs	deos	deoss	deong	deoj	deoch	deok	deot	deop	deoh	de	deg	dekk	degs	den	denj	denh	ded	del	delg	delm	delb	dels	delt	delp	delh	dem	deb	debs	des	dess	deng	dej	dech	dek	det	dep	deh	dyeo	dyeog	dyeokk	dyeogs	dyeon	dyeonj	dyeonh	dyeod	dyeol	dyeolg	dyeolm	dyeolb	dyeols	dyeolt	dyeolp	dyeolh	dyeom	dyeob	dyeobs	dyeos	dyeoss	dyeong	dyeoj	dyeoch	dyeok	dyeot	dyeop	dyeoh	dye	dyeg	dyekk	dyegs	dyen	dyenj	dyenh	dyed	dyel	dyelg	dyelm	dyelb	dyels	dyelt	dyelp	dyelh	dyem	dyeb	dyebs	dyes	dyess	dyeng	dyej	dyech	dyek	dyet	dyep	dyeh	do	dog	dokk	dogs	don	donj	donh	dod	dol	dolg	dolm	dolb	dols	dolt	dolp	dolh	dom	dob	dobs	dos	doss	dong	doj	doch	dok	dot	dop	doh	dwa	dwag	dwakk	dwags	dwan	dwanj	dwanh	dwad	dwal	dwalg	dwalm	dwalb	dwals	dwalt	dwalp	dwalh	dwam	dwab	dwabs	dwas	dwass	dwang	dwaj	dwach	dwak	dwat	dwap	dwah	dwae	dwaeg	dwaekk	dwaegs	dwaen	dwaenj	dwaenh	dwaed	dwael	dwaelg	dwaelm	dwaelb	dwaels	dwaelt	dwaelp	dwaelh	dwaem	dwaeb	dwaebs	dwaes	dwaess	dwaeng	dwaej	dwaech	dwaek	dwaet	dwaep	dwaeh	doe	doeg	doekk	doegs	doen	doenj	doenh	doed	doel	doelg	doelm	doelb	doels	doelt	doelp	doelh	doem	doeb	doebs	does	doess	doeng	doej	doech	doek	doet	doep	doeh	dyo	dyog	dyokk	dyogs	dyon	dyonj	dyonh	dyod	dyol	dyolg	dyolm	dyolb	dyols	dyolt	dyolp	dyolh	dyom	dyob	dyobs	dyos	dyoss	dyong	dyoj	dyoch	dyok	dyot	dyop	dyoh	du	dug	dukk	dugs	dun	dunj	dunh	dud	dul	dulg	dulm	dulb	duls	dult	dulp	dulh	dum	dub	dubs	dus	duss	dung	duj	duch	duk	dut	dup	duh	dwo	dwog	dwokk	dwogs	dwon	dwonj	dwonh	dwod	dwol	dwolg	dwolm	dwolb	dwols	dwolt	dwolp	dwolh	dwom	dwob	dwobs	dwos	dwoss	dwong	dwoj	dwoch	dwok	dwot	dwop	dwoh	dwe	dweg	dwekk	dwegs	dwen	dwenj	dwenh	dwed	dwel	dwelg	dwelm	dwelb	dwels	dwelt	dwelp	dwelh	dwem	dweb	dwebs	dwes	dwess	dweng	dwej	dwech	dwek	dwet	dwep	dweh	dwi	dwig	dwikk	dwigs	dwin	dwinj	dwinh	dwid	dwil	dwilg	dwilm	dwilb	dwils	dwilt	dwilp	dwilh	dwim	dwib	dwibs	dwis	dwiss	dwing	dwij	dwich	dwik	dwit	dwip	dwih	dyu	dyug	dyukk	dyugs	dyun	dyunj	dyunh	dyud	dyul	dyulg	dyulm	dyulb	dyuls	dyult	dyulp	dyulh	dyum	dyub	dyubs	dyus	dyuss	dyung	dyuj	dyuch	dyuk	dyut	dyup	dyuh	deu	deug	deukk	deugs	deun	deunj	deunh	deud	deul	deulg	deulm	deulb	deuls	deult	deulp	deulh	deum	deub	deubs	deus	deuss	deung	deuj	deuch	deuk	deut	deup	deuh	dui	duig	duikk	duigs	duin	duinj	duinh	duid	duil	duilg	duilm	duilb	duils	duilt	duilp	duilh	duim	duib	duibs	duis	duiss	duing	duij	duich	duik	duit	duip	duih	di	dig	dikk	digs	din	dinj	dinh	did	dil	dilg	dilm	dilb	dils	dilt	dilp	dilh	dim	dib	dibs	dis	diss	ding	dij	dich	dik	dit	dip	dih	tta	ttag	ttakk	ttags	ttan	ttanj	ttanh	ttad	ttal	ttalg	ttalm	ttalb	ttals	ttalt	ttalp	ttalh	ttam	ttab	ttabs	ttas	ttass	ttang	ttaj	ttach	ttak	ttat	ttap	ttah	ttae	ttaeg	ttaekk	ttaegs	ttaen	ttaenj	ttaenh	ttaed	ttael	ttaelg	ttaelm	ttaelb	ttaels	ttaelt	ttaelp	ttaelh	ttaem	ttaeb	ttaebs	ttaes	ttaess	ttaeng	ttaej	ttaech	ttaek	ttaet	ttaep	ttaeh	ttya	ttyag	ttyakk	ttyags	ttyan	ttyanj	ttyanh	ttyad	ttyal	ttyalg	ttyalm	ttyalb	ttyals	ttyalt	ttyalp	ttyalh	ttyam	ttyab	ttyabs	ttyas	ttyass	ttyang	ttyaj	ttyach	ttyak	ttyat	ttyap	ttyah	ttyae	ttyaeg	ttyaekk	ttyaegs	ttyaen	ttyaenj	ttyaenh	ttyaed	ttyael	ttyaelg	ttyaelm	ttyaelb	ttyaels	ttyaelt	ttyaelp	ttyaelh	ttyaem	ttyaeb	ttyaebs	ttyaes	ttyaess	ttyaeng	ttyaej	ttyaech	ttyaek	ttyaet	ttyaep	ttyaeh	tteo	tteog	tteokk	tteogs	tteon	tteonj	tteonh	tteod	tteol	tteolg	tteolm	tteolb	tteols	tteolt	tteolp	tteolh	tteom	tteob	tteobs	tteos	tteoss	tteong	tteoj	tteoch	tteok	tteot	tteop	tteoh	tte	tteg	ttekk	ttegs	tten	ttenj	ttenh	tted	ttel	ttelg	ttelm	ttelb	ttels	ttelt	ttelp	ttelh	ttem	tteb	ttebs	ttes	ttess	tteng	ttej	ttech	ttek	ttet	ttep	tteh	ttyeo	ttyeog	ttyeokk	ttyeogs	ttyeon	ttyeonj	ttyeonh	ttyeod	ttyeol	ttyeolg	ttyeolm	ttyeolb	ttyeols	ttyeolt	ttyeolp	ttyeolh	ttyeom	ttyeob	ttyeobs	ttyeos	ttyeoss	ttyeong	ttyeoj	ttyeoch	ttyeok	ttyeot	ttyeop	ttyeoh	ttye	ttyeg	ttyekk	ttyegs	ttyen	ttyenj	ttyenh	ttyed	ttyel	ttyelg	ttyelm	ttyelb	ttyels	ttyelt	ttyelp	ttyelh	ttyem	ttyeb	ttyebs	ttyes	ttyess	ttyeng	ttyej	ttyech	ttyek	ttyet	ttyep	ttyeh	tto	ttog	ttokk	ttogs	tton	ttonj	ttonh	ttod	ttol	ttolg	ttolm	ttolb	ttols	ttolt	ttolp	ttolh	ttom	ttob	ttobs	ttos	ttoss	ttong	ttoj	ttoch	ttok	ttot	ttop	ttoh	ttwa	ttwag	ttwakk	ttwags	ttwan	ttwanj	ttwanh	ttwad	ttwal	ttwalg	ttwalm	ttwalb	ttwals	ttwalt	ttwalp	ttwalh	ttwam	ttwab	ttwabs	ttwas	ttwass	ttwang	ttwaj	ttwach	ttwak	ttwat	ttwap	ttwah	ttwae	ttwaeg	ttwaekk	ttwaegs	ttwaen	ttwaenj	ttwaenh	ttwaed	ttwael	ttwaelg	ttwaelm	ttwaelb	ttwaels	ttwaelt	ttwaelp	ttwaelh	ttwaem	ttwaeb	ttwaebs	ttwaes	ttwaess	ttwaeng	ttwaej	ttwaech	ttwaek	ttwaet	ttwaep	ttwaeh	ttoe	ttoeg	ttoekk	ttoegs	ttoen	ttoenj	ttoenh	ttoed	ttoel	ttoelg	ttoelm	ttoelb	ttoels	ttoelt	ttoelp	ttoelh	ttoem	ttoeb	ttoebs	ttoes	ttoess	ttoeng	ttoej	ttoech	ttoek	ttoet	ttoep	ttoeh	ttyo	ttyog	ttyokk	ttyogs	ttyon	ttyonj	ttyonh	ttyod	ttyol	ttyolg	ttyolm	ttyolb	ttyols	ttyolt	ttyolp	ttyolh	ttyom	ttyob	ttyobs	ttyos	ttyoss	ttyong	ttyoj	ttyoch	ttyok	ttyot	ttyop	ttyoh	ttu	ttug	ttukk	ttugs	ttun	ttunj	ttunh	ttud	ttul	ttulg	ttulm	ttulb	ttuls	ttult	ttulp	ttulh	ttum	ttub	ttubs	ttus	ttuss	ttung	ttuj	ttuch	ttuk	ttut	ttup	ttuh	ttwo	ttwog	ttwokk	ttwogs	ttwon	ttwonj	ttwonh	ttwod	ttwol	ttwolg	ttwolm	ttwolb	ttwols	ttwolt	ttwolp	ttwolh	ttwom	ttwob	ttwobs	ttwos	ttwoss	ttwong	ttwoj	ttwoch	ttwok	ttwot	ttwop	ttwoh	ttwe	ttweg	ttwekk	ttwegs	ttwen	ttwenj	ttwenh	ttwed	ttwel	ttwelg	ttwelm	ttwelb	ttwels	ttwelt	ttwelp	ttwelh	ttwem	ttweb	ttwebs	ttwes	ttwess	ttweng	ttwej	ttwech	ttwek	ttwet	ttwep	ttweh	ttwi	ttwig	ttwikk	ttwigs	ttwin	ttwinj	ttwinh	ttwid	ttwil	ttwilg	ttwilm	ttwilb	ttwils	ttwilt	ttwilp	ttwilh	ttwim	ttwib	ttwibs	ttwis	ttwiss	ttwing	ttwij	ttwich	ttwik	ttwit	ttwip	ttwih	ttyu	ttyug	ttyukk	ttyugs	ttyun	ttyunj	ttyunh	ttyud	ttyul	ttyulg	ttyulm	ttyulb	ttyuls	ttyult	ttyulp	ttyulh	ttyum	ttyub	ttyubs	ttyus	ttyuss	ttyung	ttyuj	ttyuch	ttyuk	ttyut	ttyup	ttyuh	tteu	tteug	tteukk	tteugs	tteun	tteunj	tteunh	tteud	tteul	tteulg	tteulm	tteulb	tteuls	tteult	tteulp	tteulh	tteum	tteub	tteubs	tteus	tteuss	tteung	tteuj	tteuch	tteuk	tteut	tteup	tteuh	ttui	ttuig	ttuikk	ttuigs	ttuin	ttuinj	ttuinh	ttuid	ttuil	ttuilg	ttuilm	ttuilb	ttuils	ttuilt	ttuilp	ttuilh	ttuim	ttuib	ttuibs	ttuis	ttuiss	ttuing	ttuij	ttuich	ttuik	ttuit	ttuip	ttuih	tti	ttig	ttikk	ttigs	ttin	ttinj	ttinh	ttid	ttil	ttilg	ttilm	ttilb	ttils	ttilt	ttilp	ttilh	ttim	ttib	ttibs	ttis	ttiss	tting	ttij	ttich	ttik	ttit	ttip	ttih	la	lag	lakk	lags	lan	lanj	lanh	lad	lal	lalg	lalm	lalb	lals	lalt	lalp	lalh	lam	lab	labs	las	lass	lang	laj	lach	lak	lat	lap	lah	lae	laeg	laekk	laegs	laen	laenj	laenh	laed	lael	laelg	laelm	laelb	laels	laelt	laelp	laelh	laem	laeb	laebs	laes	laess	laeng	laej	laech	laek	laet	laep	laeh	lya	lyag	lyakk	lyags	lyan	lyanj	lyanh	lyad	lyal	lyalg	lyalm	lyalb	lyals	lyalt	lyalp	lyalh	lyam	lyab	lyabs	lyas	lyass	lyang	lyaj	lyach	lyak	lyat	lyap	lyah	lyae	lyaeg	lyaekk	lyaegs	lyaen	lyaenj	lyaenh	lyaed	lyael	lyaelg	lyaelm	lyaelb	lyaels	lyaelt	lyaelp	lyaelh	lyaem	lyaeb	lyaebs	lyaes	lyaess	lyaeng	lyaej	lyaech	lyaek	lyaet	lyaep	lyaeh	leo	leog	leokk	leogs	leon	leonj	leonh	leod	leol	leolg	leolm	leolb	leols	leolt	leolp	leolh	leom	leob	leobs	leos	leoss	leong	leoj	leoch	leok	leot	leop	leoh	le	leg	lekk	legs	len	lenj	lenh	led	lel	lelg	lelm	lelb	lels	lelt	lelp	lelh	lem	leb	lebs	les	less	leng	lej	lech	lek	let	lep	leh	lyeo	lyeog	lyeokk	lyeogs	lyeon	lyeonj	lyeonh	lyeod	lyeol	lyeolg	lyeolm	lyeolb	lyeols	lyeolt	lyeolp	lyeolh	lyeom	lyeob	lyeobs	lyeos	lyeoss	lyeong	lyeoj	lyeoch	lyeok	lyeot	lyeop	lyeoh	lye	lyeg	lyekk	lyegs	lyen	lyenj	lyenh	lyed	lyel	lyelg	lyelm	lyelb	lyels	lyelt	lyelp	lyelh	lyem	lyeb	lyebs	lyes	lyess	lyeng	lyej	lyech	lyek	lyet	lyep	lyeh	lo	log	lokk	logs	lon	lonj	lonh	lod	lol	lolg	lolm	lolb	lols	lolt	lolp	lolh	lom	lob	lobs	los	loss	long	loj	loch	lok	lot	lop	loh	lwa	lwag	lwakk	lwags	lwan	lwanj	lwanh	lwad	lwal	lwalg	lwalm	lwalb	lwals	lwalt	lwalp	lwalh	lwam	lwab	lwabs	lwas	lwass	lwang	lwaj	lwach	lwak	lwat	lwap	lwah	lwae	lwaeg	lwaekk	lwaegs	lwaen	lwaenj	lwaenh	lwaed	lwael	lwaelg	lwaelm	lwaelb	lwaels	lwaelt	lwaelp	lwaelh	lwaem	lwaeb	lwaebs	lwaes	lwaess	lwaeng	lwaej	lwaech	lwaek	lwaet	lwaep	lwaeh	loe	loeg	loekk	loegs	loen	loenj	loenh	loed	loel	loelg	loelm	loelb	loels	loelt	loelp	loelh	loem	loeb	loebs	loes	loess	loeng	loej	loech	loek	loet	loep	loeh	lyo	lyog	lyokk	lyogs	lyon	lyonj	lyonh	lyod	lyol	lyolg	lyolm	lyolb	lyols	lyolt	lyolp	lyolh	lyom	lyob	lyobs	lyos	lyoss	lyong	lyoj	lyoch	lyok	lyot	lyop	lyoh	lu	lug	lukk	lugs	lun	lunj	lunh	lud	lul	lulg	lulm	lulb	luls	lult	lulp	lulh	lum	lub	lubs	lus	luss	lung	luj	luch	luk	lut	lup	luh	lwo	lwog	lwokk	lwogs	lwon	lwonj	lwonh	lwod	lwol	lwolg	lwolm	lwolb	lwols	lwolt	lwolp	lwolh	lwom	lwob	lwobs	lwos	lwoss	lwong	lwoj	lwoch	lwok	lwot	lwop	lwoh	lwe	lweg	lwekk	lwegs	lwen	lwenj	lwenh	lwed	lwel	lwelg	lwelm	lwelb	lwels	lwelt	lwelp	lwelh	lwem	lweb	lwebs	lwes	lwess	lweng	lwej	lwech	lwek	lwet	lwep	lweh	lwi	lwig	lwikk	lwigs	lwin	lwinj	lwinh	lwid	lwil	lwilg	lwilm	lwilb	lwils	lwilt	lwilp	lwilh	lwim	lwib	lwibs	lwis	lwiss	lwing	lwij	lwich	lwik	lwit	lwip	lwih	lyu	lyug	lyukk	lyugs	lyun	lyunj	lyunh	lyud	lyul	lyulg	lyulm	lyulb	lyuls	lyult	lyulp	lyulh	lyum	lyub	lyubs	lyus	lyuss	lyung	lyuj	lyuch	lyuk	lyut	lyup	lyuh	leu	leug	leukk	leugs	leun	leunj	leunh	leud	leul	leulg	leulm	leulb	leuls	leult	leulp	leulh	leum	leub	leubs	leus	leuss	leung	leuj	leuch	leuk	leut	leup	leuh	lui	luig	luikk	luigs	luin	luinj	luinh	luid	luil	luilg	luilm	luilb	luils	luilt	luilp	luilh	luim	luib	luibs	luis	luiss	luing	luij	luich	luik	luit	luip	luih	li	lig	likk	ligs	lin	linj	linh	lid	lil	lilg	lilm	lilb	lils	lilt	lilp	lilh	lim	lib	libs	lis	liss	ling	lij	lich	lik	lit	lip	lih	ma	mag	makk	mags	man	manj	manh	mad	mal	malg	malm	malb	mals	malt	malp	malh	mam	mab	mabs	mas	mass	mang	maj	mach	mak	mat	map	mah	mae	maeg	maekk	maegs	maen	maenj	maenh	maed	mael	maelg	maelm	maelb	maels	maelt	maelp	maelh	maem	maeb	maebs	maes	maess	maeng	maej	maech	maek	maet	maep	maeh	mya	myag	myakk	myags	myan	myanj	myanh	myad	myal	myalg	myalm	myalb	myals	myalt	myalp	myalh	myam	myab	myabs	myas	myass	myang	myaj	myach	myak	myat	myap	myah	myae	myaeg	myaekk	myaegs	myaen	myaenj	myaenh	myaed	myael	myaelg	myaelm	myaelb	myaels	myaelt	myaelp	myaelh	myaem	myaeb	myaebs	myaes	myaess	myaeng	myaej	myaech	myaek	myaet	myaep	myaeh	meo	meog	meokk	meogs	meon	meonj	meonh	meod	meol	meolg	meolm	meolb	meols	meolt	meolp	meolh	meom	meob	meobs	meos	meoss	meong	meoj	meoch	meok	meot	meop	meoh	me	meg	mekk	megs	men	menj	menh	med	mel	melg	melm	melb	mels	melt	melp	melh	mem	meb	mebs	mes	mess	meng	mej	mech	mek	met	mep	meh	myeo	myeog	myeokk	myeogs	myeon	myeonj	myeonh	myeod	myeol	myeolg	myeolm	myeolb	myeols	myeolt	myeolp	myeolh	myeom	myeob	myeobs	myeos	myeoss	myeong	myeoj	myeoch	myeok	myeot	myeop	myeoh	mye	myeg	myekk	myegs	myen	myenj	myenh	myed	myel	myelg	myelm	myelb	myels	myelt	myelp	myelh	myem	myeb	myebs	myes	myess	myeng	myej	myech	myek	myet	myep	myeh	mo	mog	mokk	mogs	mon	monj	monh	mod	mol	molg	molm	molb	mols	molt	molp	molh	mom	mob	mobs	mos	moss	mong	moj	moch	mok	mot	mop	moh	mwa	mwag	mwakk	mwags	mwan	mwanj	mwanh	mwad	mwal	mwalg	mwalm	mwalb	mwals	mwalt	mwalp	mwalh	mwam	mwab	mwabs	mwas	mwass	mwang	mwaj	mwach	mwak	mwat	mwap	mwah	mwae	mwaeg	mwaekk	mwaegs	mwaen	mwaenj	mwaenh	mwaed	mwael	mwaelg	mwaelm	mwaelb	mwaels	mwaelt	mwaelp	mwaelh	mwaem	mwaeb	mwaebs	mwaes	mwaess	mwaeng	mwaej	mwaech	mwaek	mwaet	mwaep	mwaeh	moe	moeg	moekk	moegs	moen	moenj	moenh	moed	moel	moelg	moelm	moelb	moels	moelt	moelp	moelh	moem	moeb	moebs	moes	moess	moeng	moej	moech	moek	moet	moep	moeh	myo	myog	myokk	myogs	myon	myonj	myonh	myod	myol	myolg	myolm	myolb	myols	myolt	myolp	myolh	myom	myob	myobs	myos	myoss	myong	myoj	myoch	myok	myot	myop	myoh	mu	mug	mukk	mugs	mun	munj	munh	mud	mul	mulg	mulm	mulb	muls	mult	mulp	mulh	mum	mub	mubs	mus	muss	mung	muj	much	muk	mut	mup	muh	mwo	mwog	mwokk	mwogs	mwon	mwonj	mwonh	mwod	mwol	mwolg	mwolm	mwolb	mwols	mwolt	mwolp	mwolh	mwom	mwob	mwobs	mwos	mwoss	mwong	mwoj	mwoch	mwok	mwot	mwop	mwoh	mwe	mweg	mwekk	mwegs	mwen	mwenj	mwenh	mwed	mwel	mwelg	mwelm	mwelb	mwels	mwelt	mwelp	mwelh	mwem	mweb	mwebs	mwes	mwess	mweng	mwej	mwech	mwek	mwet	mwep	mweh	mwi	mwig	mwikk	mwigs	mwin	mwinj	mwinh	mwid	mwil	mwilg	mwilm	mwilb	mwils	mwilt	mwilp	mwilh	mwim	mwib	mwibs	mwis	mwiss	mwing	mwij	mwich	mwik	mwit	mwip	mwih	myu	myug	myukk	myugs	myun	myunj	myunh	myud	myul	myulg	myulm	myulb	myuls	myult	myulp	myulh	myum	myub	myubs	myus	myuss	myung	myuj	myuch	myuk	myut	myup	myuh	meu	meug	meukk	meugs	meun	meunj	meunh	meud	meul	meulg	meulm	meulb	meuls	meult	meulp	meulh	meum	meub	meubs	meus	meuss	meung	meuj	meuch	meuk	meut	meup	meuh	mui	muig	muikk	muigs	muin	muinj	muinh	muid	muil	muilg	muilm	muilb	muils	muilt	muilp	muilh	muim	muib	muibs	muis	muiss	muing	muij	muich	muik	muit	muip	muih	mi	mig	mikk	migs	min	minj	minh	mid	mil	milg	milm	milb	mils	milt	milp	milh	mim	mib	mibs	mis	miss	ming	mij	mich	mik	mit	mip	mih	ba	bag	bakk	bags	ban	banj	banh	bad	bal	balg	balm	balb	bals	balt	balp	balh	bam	bab	babs	bas	bass	bang	baj	bach	bak	bat	bap	bah	bae	baeg	baekk	baegs	baen	baenj	baenh	baed	bael	baelg	baelm	baelb	baels	baelt	baelp	baelh	baem	baeb	baebs	baes	baess	baeng	baej	baech	baek	baet	baep	baeh	bya	byag	byakk	byags	byan	byanj	byanh	byad	byal	byalg	byalm	byalb	byals	byalt	byalp	byalh	byam	byab	byabs	byas	byass	byang	byaj	byach	byak	byat	byap	byah	byae	byaeg	byaekk	byaegs	byaen	byaenj	byaenh	byaed	byael	byaelg	byaelm	byaelb	byaels	byaelt	byaelp	byaelh	byaem	byaeb	byaebs	byaes	byaess	byaeng	byaej	byaech	byaek	byaet	byaep	byaeh	beo	beog	beokk	beogs	beon	beonj	beonh	beod	beol	beolg	beolm	beolb	beols	beolt	beolp	beolh	beom	beob	beobs	beos	beoss	beong	beoj	beoch	beok	beot	beop	beoh	be	beg	bekk	begs	ben	benj	benh	bed	bel	belg	belm	belb	bels	belt	belp	belh	bem	beb	bebs	bes	bess	beng	bej	bech	bek	bet	bep	beh	byeo	byeog	byeokk	byeogs	byeon	byeonj	byeonh	byeod	byeol	byeolg	byeolm	byeolb	byeols	byeolt	byeolp	byeolh	byeom	byeob	byeobs	byeos	byeoss	byeong	byeoj	byeoch	byeok	byeot	byeop	byeoh	bye	byeg	byekk	byegs	byen	byenj	byenh	byed	byel	byelg	byelm	byelb	byels	byelt	byelp	byelh	byem	byeb	byebs	byes	byess	byeng	byej	byech	byek	byet	byep	byeh	bo	bog	bokk	bogs	bon	bonj	bonh	bod	bol	bolg	bolm	bolb	bols	bolt	bolp	bolh	bom	bob	bobs	bos	boss	bong	boj	boch	bok	bot	bop	boh	bwa	bwag	bwakk	bwags	bwan	bwanj	bwanh	bwad	bwal	bwalg	bwalm	bwalb	bwals	bwalt	bwalp	bwalh	bwam	bwab	bwabs	bwas	bwass	bwang	bwaj	bwach	bwak	bwat	bwap	bwah	bwae	bwaeg	bwaekk	bwaegs	bwaen	bwaenj	bwaenh	bwaed	bwael	bwaelg	bwaelm	bwaelb	bwaels	bwaelt	bwaelp	bwaelh	bwaem	bwaeb	bwaebs	bwaes	bwaess	bwaeng	bwaej	bwaech	bwaek	bwaet	bwaep	bwaeh	boe	boeg	boekk	boegs	boen	boenj	boenh	boed	boel	boelg	boelm	boelb	boels	boelt	boelp	boelh	boem	boeb	boebs	boes	boess	boeng	boej	boech	boek	boet	boep	boeh	byo	byog	byokk	byogs	byon	byonj	byonh	byod	byol	byolg	byolm	byolb	byols	byolt	byolp	byolh	byom	byob	byobs	byos	byoss	byong	byoj	byoch	byok	byot	byop	byoh	bu	bug	bukk	bugs	bun	bunj	bunh	bud	bul	bulg	bulm	bulb	buls	bult	bulp	bulh	bum	bub	bubs	bus	buss	bung	buj	buch	buk	but	bup	buh	bwo	bwog	bwokk	bwogs	bwon	bwonj	bwonh	bwod	bwol	bwolg	bwolm	bwolb	bwols	bwolt	bwolp	bwolh	bwom	bwob	bwobs	bwos	bwoss	bwong	bwoj	bwoch	bwok	bwot	bwop	bwoh	bwe	bweg	bwekk	bwegs	bwen	bwenj	bwenh	bwed	bwel	bwelg	bwelm	bwelb	bwels	bwelt	bwelp	bwelh	bwem	bweb	bwebs	bwes	bwess	bweng	bwej	bwech	bwek	bwet	bwep	bweh	bwi	bwig	bwikk	bwigs	bwin	bwinj	bwinh	bwid	bwil	bwilg	bwilm	bwilb	bwils	bwilt	bwilp	bwilh	bwim	bwib	bwibs	bwis	bwiss	bwing	bwij	bwich	bwik	bwit	bwip	bwih	byu	byug	byukk	byugs	byun	byunj	byunh	byud	byul	byulg	byulm	byulb	byuls	byult	byulp	byulh	byum	byub	byubs	byus	byuss	byung	byuj	byuch	byuk	byut	byup	byuh	beu	beug	beukk	beugs	beun	beunj	beunh	beud	beul	beulg	beulm	beulb	beuls	beult	beulp	beulh	beum	beub	beubs	beus	beuss	beung	beuj	beuch	beuk	beut	beup	beuh	bui	buig	buikk	buigs	buin	buinj	buinh	buid	buil	builg	builm	builb	buils	built	builp	builh	buim	buib	buibs	buis	buiss	buing	buij	buich	buik	buit	buip	buih	bi	big	bikk	bigs	bin	binj	binh	bid	bil	bilg	bilm	bilb	bils	bilt	bilp	bilh	bim	bib	bibs	bis	biss	bing	bij	bich	bik	bit	bip	bih	ppa	ppag	ppakk	ppags	ppan	ppanj	ppanh	ppad	ppal	ppalg	ppalm	ppalb	ppals	ppalt	ppalp	ppalh	ppam	ppab	ppabs	ppas	ppass	ppang	ppaj	ppach	ppak	ppat	ppap	ppah	ppae	ppaeg	ppaekk	ppaegs	ppaen	ppaenj	ppaenh	ppaed	ppael	ppaelg	ppaelm	ppaelb	ppaels	ppaelt	ppaelp	ppaelh	ppaem	ppaeb	ppaebs	ppaes	ppaess	ppaeng	ppaej	ppaech	ppaek	ppaet	ppaep	ppaeh	ppya	ppyag	ppyakk	ppyags	ppyan	ppyanj	ppyanh	ppyad	ppyal	ppyalg	ppyalm	ppyalb	ppyals	ppyalt	ppyalp	ppyalh	ppyam	ppyab	ppyabs	ppyas	ppyass	ppyang	ppyaj	ppyach	ppyak	ppyat	ppyap	ppyah	ppyae	ppyaeg	ppyaekk	ppyaegs	ppyaen	ppyaenj	ppyaenh	ppyaed	ppyael	ppyaelg	ppyaelm	ppyaelb	ppyaels	ppyaelt	ppyaelp	ppyaelh	ppyaem	ppyaeb	ppyaebs	ppyaes	ppyaess	ppyaeng	ppyaej	ppyaech	ppyaek	ppyaet	ppyaep	ppyaeh	ppeo	ppeog	ppeokk	ppeogs	ppeon	ppeonj	ppeonh	ppeod	ppeol	ppeolg	ppeolm	ppeolb	ppeols	ppeolt	ppeolp	ppeolh	ppeom	ppeob	ppeobs	ppeos	ppeoss	ppeong	ppeoj	ppeoch	ppeok	ppeot	ppeop	ppeoh	ppe	ppeg	ppekk	ppegs	ppen	ppenj	ppenh	pped	ppel	ppelg	ppelm	ppelb	ppels	ppelt	ppelp	ppelh	ppem	ppeb	ppebs	ppes	ppess	ppeng	ppej	ppech	ppek	ppet	ppep	ppeh	ppyeo	ppyeog	ppyeokk	ppyeogs	ppyeon	ppyeonj	ppyeonh	ppyeod	ppyeol	ppyeolg	ppyeolm	ppyeolb	ppyeols	ppyeolt	ppyeolp	ppyeolh	ppyeom	ppyeob	ppyeobs	ppyeos	ppyeoss	ppyeong	ppyeoj	ppyeoch	ppyeok	ppyeot	ppyeop	ppyeoh	ppye	ppyeg	ppyekk	ppyegs	ppyen	ppyenj	ppyenh	ppyed	ppyel	ppyelg	ppyelm	ppyelb	ppyels	ppyelt	ppyelp	ppyelh	ppyem	ppyeb	ppyebs	ppyes	ppyess	ppyeng	ppyej	ppyech	ppyek	ppyet	ppyep	ppyeh	ppo	ppog	ppokk	ppogs	ppon	pponj	pponh	ppod	ppol	ppolg	ppolm	ppolb	ppols	ppolt	ppolp	ppolh	ppom	ppob	ppobs	ppos	pposs	ppong	ppoj	ppoch	ppok	ppot	ppop	ppoh	ppwa	ppwag	ppwakk	ppwags	ppwan	ppwanj	ppwanh	ppwad	ppwal	ppwalg	ppwalm	ppwalb	ppwals	ppwalt	ppwalp	ppwalh	ppwam	ppwab	ppwabs	ppwas	ppwass	ppwang	ppwaj	ppwach	ppwak	ppwat	ppwap	ppwah	ppwae	ppwaeg	ppwaekk	ppwaegs	ppwaen	ppwaenj	ppwaenh	ppwaed	ppwael	ppwaelg	ppwaelm	ppwaelb	ppwaels	ppwaelt	ppwaelp	ppwaelh	ppwaem	ppwaeb	ppwaebs	ppwaes	ppwaess	ppwaeng	ppwaej	ppwaech	ppwaek	ppwaet	ppwaep	ppwaeh	ppoe	ppoeg	ppoekk	ppoegs	ppoen	ppoenj	ppoenh	ppoed	ppoel	ppoelg	ppoelm	ppoelb	ppoels	ppoelt	ppoelp	ppoelh	ppoem	ppoeb	ppoebs	ppoes	ppoess	ppoeng	ppoej	ppoech	ppoek	ppoet	ppoep	ppoeh	ppyo	ppyog	ppyokk	ppyogs	ppyon	ppyonj	ppyonh	ppyod	ppyol	ppyolg	ppyolm	ppyolb	ppyols	ppyolt	ppyolp	ppyolh	ppyom	ppyob	ppyobs	ppyos	ppyoss	ppyong	ppyoj	ppyoch	ppyok	ppyot	ppyop	ppyoh	ppu	ppug	ppukk	ppugs	ppun	ppunj	ppunh	ppud	ppul	ppulg	ppulm	ppulb	ppuls	ppult	ppulp	ppulh	ppum	ppub	ppubs	ppus	ppuss	ppung	ppuj	ppuch	ppuk	pput	ppup	ppuh	ppwo	ppwog	ppwokk	ppwogs	ppwon	ppwonj	ppwonh	ppwod	ppwol	ppwolg	ppwolm	ppwolb	ppwols	ppwolt	ppwolp	ppwolh	ppwom	ppwob	ppwobs	ppwos	ppwoss	ppwong	ppwoj	ppwoch	ppwok	ppwot	ppwop	ppwoh	ppwe	ppweg	ppwekk	ppwegs	ppwen	ppwenj	ppwenh	ppwed	ppwel	ppwelg	ppwelm	ppwelb	ppwels	ppwelt	ppwelp	ppwelh	ppwem	ppweb	ppwebs	ppwes	ppwess	ppweng	ppwej	ppwech	ppwek	ppwet	ppwep	ppweh	ppwi	ppwig	ppwikk	ppwigs	ppwin	ppwinj	ppwinh	ppwid	ppwil	ppwilg	ppwilm	ppwilb	ppwils	ppwilt	ppwilp	ppwilh	ppwim	ppwib	ppwibs	ppwis	ppwiss	ppwing	ppwij	ppwich	ppwik	ppwit	ppwip	ppwih	ppyu	ppyug	ppyukk	ppyugs	ppyun	ppyunj	ppyunh	ppyud	ppyul	ppyulg	ppyulm	ppyulb	ppyuls	ppyult	ppyulp	ppyulh	ppyum	ppyub	ppyubs	ppyus	ppyuss	ppyung	ppyuj	ppyuch	ppyuk	ppyut	ppyup	ppyuh	ppeu	ppeug	ppeukk	ppeugs	ppeun	ppeunj	ppeunh	ppeud	ppeul	ppeulg	ppeulm	ppeulb	ppeuls	ppeult	ppeulp	ppeulh	ppeum	ppeub	ppeubs	ppeus	ppeuss	ppeung	ppeuj	ppeuch	ppeuk	ppeut	ppeup	ppeuh	ppui	ppuig	ppuikk	ppuigs	ppuin	ppuinj	ppuinh	ppuid	ppuil	ppuilg	ppuilm	ppuilb	ppuils	ppuilt	ppuilp	ppuilh	ppuim	ppuib	ppuibs	ppuis	ppuiss	ppuing	ppuij	ppuich	ppuik	ppuit	ppuip	ppuih	ppi	ppig	ppikk	ppigs	ppin	ppinj	ppinh	ppid	ppil	ppilg	ppilm	ppilb	ppils	ppilt	ppilp	ppilh	ppim	ppib	ppibs	ppis	ppiss	pping	ppij	ppich	ppik	ppit	ppip	ppih	sa	sag	sakk	sags	san	sanj	sanh	sad	sal	salg	salm	salb	sals	salt	salp	salh	sam	sab	sabs	sas	sass	sang	saj	sach	sak	sat	sap	sah	sae	saeg	saekk	saegs	saen	saenj	saenh	saed	sael	saelg	saelm	saelb	saels	saelt	saelp	saelh	saem	saeb	saebs	saes	saess	saeng	saej	saech	saek	saet	saep	saeh	sya	syag	syakk	syags	syan	syanj	syanh	syad	syal	syalg	syalm	syalb	syals	syalt	syalp	syalh	syam	syab	syabs	syas	syass	syang	syaj	syach	syak	syat	syap	syah	syae	syaeg	syaekk	syaegs	syaen	syaenj	syaenh	syaed	syael	syaelg	syaelm	syaelb	syaels	syaelt	syaelp	syaelh	syaem	syaeb	syaebs	syaes	syaess	syaeng	syaej	syaech	syaek	syaet	syaep	syaeh	seo	seog	seokk	seogs	seon	seonj	seonh	seod	seol	seolg	seolm	seolb	seols	seolt	seolp	seolh	seom	seob	seobs	seos	seoss	seong	seoj	seoch	seok	seot	seop	seoh	se	seg	sekk	segs	sen	senj	senh	sed	sel	selg	selm	selb	sels	selt	selp	selh	sem	seb	sebs	ses	sess	seng	sej	sech	sek	set	sep	seh	syeo	syeog	syeokk	syeogs	syeon	syeonj	syeonh	syeod	syeol	syeolg	syeolm	syeolb	syeols	syeolt	syeolp	syeolh	syeom	syeob	syeobs	syeos	syeoss	syeong	syeoj	syeoch	syeok	syeot	syeop	syeoh	sye	syeg	syekk	syegs	syen	syenj	syenh	syed	syel	syelg	syelm	syelb	syels	syelt	syelp	syelh	syem	syeb	syebs	syes	syess	syeng	syej	syech	syek	syet	syep	syeh	so	sog	sokk	sogs	son	sonj	sonh	sod	sol	solg	solm	solb	sols	solt	solp	solh	som	sob	sobs	sos	soss	song	soj	soch	sok	sot	sop	soh	swa	swag	swakk	swags	swan	swanj	swanh	swad	swal	swalg	swalm	swalb	swals	swalt	swalp	swalh	swam	swab	swabs	swas	swass	swang	swaj	swach	swak	swat	swap	swah	swae	swaeg	swaekk	swaegs	swaen	swaenj	swaenh	swaed	swael	swaelg	swaelm	swaelb	swaels	swaelt	swaelp	swaelh	swaem	swaeb	swaebs	swaes	swaess	swaeng	swaej	swaech	swaek	swaet	swaep	swaeh	soe	soeg	soekk	soegs	soen	soenj	soenh	soed	soel	soelg	soelm	soelb	soels	soelt	soelp	soelh	soem	soeb	soebs	soes	soess	soeng	soej	soech	soek	soet	soep	soeh	syo	syog	syokk	syogs	syon	syonj	syonh	syod	syol	syolg	syolm	syolb	syols	syolt	syolp	syolh	syom	syob	syobs	syos	syoss	syong	syoj	syoch	syok	syot	syop	syoh	su	sug	sukk	sugs	sun	sunj	sunh	sud	sul	sulg	sulm	sulb	suls	sult	sulp	sulh	sum	sub	subs	sus	suss	sung	suj	such	suk	sut	sup	suh	swo	swog	swokk	swogs	swon	swonj	swonh	swod	swol	swolg	swolm	swolb	swols	swolt	swolp	swolh	swom	swob	swobs	swos	swoss	swong	swoj	swoch	swok	swot	swop	swoh	swe	sweg	swekk	swegs	swen	swenj	swenh	swed	swel	swelg	swelm	swelb	swels	swelt	swelp	swelh	swem	sweb	swebs	swes	swess	sweng	swej	swech	swek	swet	swep	sweh	swi	swig	swikk	swigs	swin	swinj	swinh	swid	swil	swilg	swilm	swilb	swils	swilt	swilp	swilh	swim	swib	swibs	swis	swiss	swing	swij	swich	swik	swit	swip	swih	syu	syug	syukk	syugs	syun	syunj	syunh	syud	syul	syulg	syulm	syulb	syuls	syult	syulp	syulh	syum	syub	syubs	syus	syuss	syung	syuj	syuch	syuk	syut	syup	syuh	seu	seug	seukk	seugs	seun	seunj	seunh	seud	seul	seulg	seulm	seulb	seuls	seult	seulp	seulh	seum	seub	seubs	seus	seuss	seung	seuj	seuch	seuk	seut	seup	seuh	sui	suig	suikk	suigs	suin	suinj	suinh	suid	suil	suilg	suilm	suilb	suils	suilt	suilp	suilh	suim	suib	suibs	suis	suiss	suing	suij	suich	suik	suit	suip	suih	si	sig	sikk	sigs	sin	sinj	sinh	sid	sil	silg	silm	silb	sils	silt	silp	silh	sim	sib	sibs	sis	siss	sing	sij	sich	sik	sit	sip	sih	ssa	ssag	ssakk	ssags	ssan	ssanj	ssanh	ssad	ssal	ssalg	ssalm	ssalb	ssals	ssalt	ssalp	ssalh	ssam	ssab	ssabs	ssas	ssass	ssang	ssaj	ssach	ssak	ssat	ssap	ssah	ssae	ssaeg	ssaekk	ssaegs	ssaen	ssaenj	ssaenh	ssaed	ssael	ssaelg	ssaelm	ssaelb	ssaels	ssaelt	ssaelp	ssaelh	ssaem	ssaeb	ssaebs	ssaes	ssaess	ssaeng	ssaej	ssaech	ssaek	ssaet	ssaep	ssaeh	ssya	ssyag	ssyakk	ssyags	ssyan	ssyanj	ssyanh	ssyad	ssyal	ssyalg	ssyalm	ssyalb	ssyals	ssyalt	ssyalp	ssyalh	ssyam	ssyab	ssyabs	ssyas	ssyass	ssyang	ssyaj	ssyach	ssyak	ssyat	ssyap	ssyah	ssyae	ssyaeg	ssyaekk	ssyaegs	ssyaen	ssyaenj	ssyaenh	ssyaed	ssyael	ssyaelg	ssyaelm	ssyaelb	ssyaels	ssyaelt	ssyaelp	ssyaelh	ssyaem	ssyaeb	ssyaebs	ssyaes	ssyaess	ssyaeng	ssyaej	ssyaech	ssyaek	ssyaet	ssyaep	ssyaeh	sseo	sseog	sseokk	sseogs	sseon	sseonj	sseonh	sseod	sseol	sseolg	sseolm	sseolb	sseols	sseolt	sseolp	sseolh	sseom	sseob	sseobs	sseos	sseoss	sseong	sseoj	sseoch	sseok	sseot	sseop	sseoh	sse	sseg	ssekk	ssegs	ssen	ssenj	ssenh	ssed	ssel	sselg	sselm	sselb	ssels	sselt	sselp	sselh	ssem	sseb	ssebs	sses	ssess	sseng	ssej	ssech	ssek	sset	ssep	sseh	ssyeo	ssyeog	ssyeokk	ssyeogs	ssyeon	ssyeonj	ssyeonh	ssyeod	ssyeol	ssyeolg	ssyeolm	ssyeolb	ssyeols	ssyeolt	ssyeolp	ssyeolh	ssyeom	ssyeob	ssyeobs	ssyeos	ssyeoss	ssyeong	ssyeoj	ssyeoch	ssyeok	ssyeot	ssyeop	ssyeoh	ssye	ssyeg	ssyekk	ssyegs	ssyen	ssyenj	ssyenh	ssyed	ssyel	ssyelg	ssyelm	ssyelb	ssyels	ssyelt	ssyelp	ssyelh	ssyem	ssyeb	ssyebs	ssyes	ssyess	ssyeng	ssyej	ssyech	ssyek	ssyet	ssyep	ssyeh	sso	ssog	ssokk	ssogs	sson	ssonj	ssonh	ssod	ssol	ssolg	ssolm	ssolb	ssols	ssolt	ssolp	ssolh	ssom	ssob	ssobs	ssos	ssoss	ssong	ssoj	ssoch	ssok	ssot	ssop	ssoh	sswa	sswag	sswakk	sswags	sswan	sswanj	sswanh	sswad	sswal	sswalg	sswalm	sswalb	sswals	sswalt	sswalp	sswalh	sswam	sswab	sswabs	sswas	sswass	sswang	sswaj	sswach	sswak	sswat	sswap	sswah	sswae	sswaeg	sswaekk	sswaegs	sswaen	sswaenj	sswaenh	sswaed	sswael	sswaelg	sswaelm	sswaelb	sswaels	sswaelt	sswaelp	sswaelh	sswaem	sswaeb	sswaebs	sswaes	sswaess	sswaeng	sswaej	sswaech	sswaek	sswaet	sswaep	sswaeh	ssoe	ssoeg	ssoekk	ssoegs	ssoen	ssoenj	ssoenh	ssoed	ssoel	ssoelg	ssoelm	ssoelb	ssoels	ssoelt	ssoelp	ssoelh	ssoem	ssoeb	ssoebs	ssoes	ssoess	ssoeng	ssoej	ssoech	ssoek	ssoet	ssoep	ssoeh	ssyo	ssyog	ssyokk	ssyogs	ssyon	ssyonj	ssyonh	ssyod	ssyol	ssyolg	ssyolm	ssyolb	ssyols	ssyolt	ssyolp	ssyolh	ssyom	ssyob	ssyobs	ssyos	ssyoss	ssyong	ssyoj	ssyoch	ssyok	ssyot	ssyop	ssyoh	ssu	ssug	ssukk	ssugs	ssun	ssunj	ssunh	ssud	ssul	ssulg	ssulm	ssulb	ssuls	ssult	ssulp	ssulh	ssum	ssub	ssubs	ssus	ssuss	ssung	ssuj	ssuch	ssuk	ssut	ssup	ssuh	sswo	sswog	sswokk	sswogs	sswon	sswonj	sswonh	sswod	sswol	sswolg	sswolm	sswolb	sswols	sswolt	sswolp	sswolh	sswom	sswob	sswobs	sswos	sswoss	sswong	sswoj	sswoch	sswok	sswot	sswop	sswoh	sswe	ssweg	sswekk	sswegs	sswen	sswenj	sswenh	sswed	sswel	sswelg	sswelm	sswelb	sswels	sswelt	sswelp	sswelh	sswem	ssweb	sswebs	sswes	sswess	ssweng	sswej	sswech	sswek	sswet	sswep	ssweh	sswi	sswig	sswikk	sswigs	sswin	sswinj	sswinh	sswid	sswil	sswilg	sswilm	sswilb	sswils	sswilt	sswilp	sswilh	sswim	sswib	sswibs	sswis	sswiss	sswing	sswij	sswich	sswik	sswit	sswip	sswih	ssyu	ssyug	ssyukk	ssyugs	ssyun	ssyunj	ssyunh	ssyud	ssyul	ssyulg	ssyulm	ssyulb	ssyuls	ssyult	ssyulp	ssyulh	ssyum	ssyub	ssyubs	ssyus	ssyuss	ssyung	ssyuj	ssyuch	ssyuk	ssyut	ssyup	ssyuh	sseu	sseug	sseukk	sseugs	sseun	sseunj	sseunh	sseud	sseul	sseulg	sseulm	sseulb	sseuls	sseult	sseulp	sseulh	sseum	sseub	sseubs	sseus	sseuss	sseung	sseuj	sseuch	sseuk	sseut	sseup	sseuh	ssui	ssuig	ssuikk	ssuigs	ssuin	ssuinj	ssuinh	ssuid	ssuil	ssuilg	ssuilm	ssuilb	ssuils	ssuilt	ssuilp	ssuilh	ssuim	ssuib	ssuibs	ssuis	ssuiss	ssuing	ssuij	ssuich	ssuik	ssuit	ssuip	ssuih	ssi	ssig	ssikk	ssigs	ssin	ssinj	ssinh	ssid	ssil	ssilg	ssilm	ssilb	ssils	ssilt	ssilp	ssilh	ssim	ssib	ssibs	ssis	ssiss	ssing	ssij	ssich	ssik	ssit	ssip	ssih	a	ag	akk	ags	an	anj	anh	ad	al	alg	alm	alb	als	alt	alp	alh	am	ab	abs	as	ass	ang	aj	ach	ak	at	ap	ah	ae	aeg	aekk	aegs	aen	aenj	aenh	aed	ael	aelg	aelm	aelb	aels	aelt	aelp	aelh	aem	aeb	aebs	aes	aess	aeng	aej	aech	aek	aet	aep	aeh	ya	yag	yakk	yags	yan	yanj	yanh	yad	yal	yalg	yalm	yalb	yals	yalt	yalp	yalh	yam	yab	yabs	yas	yass	yang	yaj	yach	yak	yat	yap	yah	yae	yaeg	yaekk	yaegs	yaen	yaenj	yaenh	yaed	yael	yaelg	yaelm	yaelb	yaels	yaelt	yaelp	yaelh	yaem	yaeb	yaebs	yaes	yaess	yaeng	yaej	yaech	yaek	yaet	yaep	yaeh	eo	eog	eokk	eogs	eon	eonj	eonh	eod	eol	eolg	eolm	eolb	eols	eolt	eolp	eolh	eom	eob	eobs	eos	eoss	eong	eoj	eoch	eok	eot	eop	eoh	e	eg	ekk	egs	en	enj	enh	ed	el	elg	elm	elb	els	elt	elp	elh	em	eb	ebs	es	ess	eng	ej	ech	ek	et	ep	eh	yeo	yeog	yeokk	yeogs	yeon	yeonj	yeonh	yeod	yeol	yeolg	yeolm	yeolb	yeols	yeolt	yeolp	yeolh	yeom	yeob	yeobs	yeos	yeoss	yeong	yeoj	yeoch	yeok	yeot	yeop	yeoh	ye	yeg	yekk	yegs	yen	yenj	yenh	yed	yel	yelg	yelm	yelb	yels	yelt	yelp	yelh	yem	yeb	yebs	yes	yess	yeng	yej	yech	yek	yet	yep	yeh	o	og	okk	ogs	on	onj	onh	od	ol	olg	olm	olb	ols	olt	olp	olh	om	ob	obs	os	oss	ong	oj	och	ok	ot	op	oh	wa	wag	wakk	wags	wan	wanj	wanh	wad	wal	walg	walm	walb	wals	walt	walp	walh	wam	wab	wabs	was	wass	wang	waj	wach	wak	wat	wap	wah	wae	waeg	waekk	waegs	waen	waenj	waenh	waed	wael	waelg	waelm	waelb	waels	waelt	waelp	waelh	waem	waeb	waebs	waes	waess	waeng	waej	waech	waek	waet	waep	waeh	oe	oeg	oekk	oegs	oen	oenj	oenh	oed	oel	oelg	oelm	oelb	oels	oelt	oelp	oelh	oem	oeb	oebs	oes	oess	oeng	oej	oech	oek	oet	oep	oeh	yo	yog	yokk	yogs	yon	yonj	yonh	yod	yol	yolg	yolm	yolb	yols	yolt	yolp	yolh	yom	yob	yobs	yos	yoss	yong	yoj	yoch	yok	yot	yop	yoh	u	ug	ukk	ugs	un	unj	unh	ud	ul	ulg	ulm	ulb	uls	ult	ulp	ulh	um	ub	ubs	us	uss	ung	uj	uch	uk	ut	up	uh	wo	wog	wokk	wogs	won	wonj	wonh	wod	wol	wolg	wolm	wolb	wols	wolt	wolp	wolh	wom	wob	wobs	wos	woss	wong	woj	woch	wok	wot	wop	woh	we	weg	wekk	wegs	wen	wenj	wenh	wed	wel	welg	welm	welb	wels	welt	welp	welh	wem	web	webs	wes	wess	weng	wej	wech	wek	wet	wep	weh	wi	wig	wikk	wigs	win	winj	winh	wid	wil	wilg	wilm	wilb	wils	wilt	wilp	wilh	wim	wib	wibs	wis	wiss	wing	wij	wich	wik	wit	wip	wih	yu	yug	yukk	yugs	yun	yunj	yunh	yud	yul	yulg	yulm	yulb	yuls	yult	yulp	yulh	yum	yub	yubs	yus	yuss	yung	yuj	yuch	yuk	yut	yup	yuh	eu	eug	eukk	eugs	eun	eunj	eunh	eud	eul	eulg	eulm	eulb	euls	eult	eulp	eulh	eum	eub	eubs	eus	euss	eung	euj	euch	euk	eut	eup	euh	ui	uig	uikk	uigs	uin	uinj	uinh	uid	uil	uilg	uilm	uilb	uils	uilt	uilp	uilh	uim	uib	uibs	uis	uiss	uing	uij	uich	uik	uit	uip	uih	i	ig	ikk	igs	in	inj	inh	id	il	ilg	ilm	ilb	ils	ilt	ilp	ilh	im	ib	ibs	is	iss	ing	ij	ich	ik	it	ip	ih	ja	jag	jakk	jags	jan	janj	janh	jad	jal	jalg	jalm	jalb	jals	jalt	jalp	jalh	jam	jab	jabs	jas	jass	jang	jaj	jach	jak	jat	jap	jah	jae	jaeg	jaekk	jaegs	jaen	jaenj	jaenh	jaed	jael	jaelg	jaelm	jaelb	jaels	jaelt	jaelp	jaelh	jaem	jaeb	jaebs	jaes	jaess	jaeng	jaej	jaech	jaek	jaet	jaep	jaeh	jya	jyag	jyakk	jyags	jyan	jyanj	jyanh	jyad	jyal	jyalg	jyalm	jyalb	jyals	jyalt	jyalp	jyalh	jyam	jyab	jyabs	jyas	jyass	jyang	jyaj	jyach	jyak	jyat	jyap	jyah	jyae	jyaeg	jyaekk	jyaegs	jyaen	jyaenj	jyaenh	jyaed	jyael	jyaelg	jyaelm	jyaelb	jyaels	jyaelt	jyaelp	jyaelh	jyaem	jyaeb	jyaebs	jyaes	jyaess	jyaeng	jyaej	jyaech	jyaek	jyaet	jyaep	jyaeh	jeo	jeog	jeokk	jeogs	jeon	jeonj	jeonh	jeod	jeol	jeolg	jeolm	jeolb	jeols	jeolt	jeolp	jeolh	jeom	jeob	jeobs	jeos	jeoss	jeong	jeoj	jeoch	jeok	jeot	jeop	jeoh	je	jeg	jekk	jegs	jen	jenj	jenh	jed	jel	jelg	jelm	jelb	jels	jelt	jelp	jelh	jem	jeb	jebs	jes	jess	jeng	jej	jech	jek	jet	jep	jeh	jyeo	jyeog	jyeokk	jyeogs	jyeon	jyeonj	jyeonh	jyeod	jyeol	jyeolg	jyeolm	jyeolb	jyeols	jyeolt	jyeolp	jyeolh	jyeom	jyeob	jyeobs	jyeos	jyeoss	jyeong	jyeoj	jyeoch	jyeok	jyeot	jyeop	jyeoh	jye	jyeg	jyekk	jyegs	jyen	jyenj	jyenh	jyed	jyel	jyelg	jyelm	jyelb	jyels	jyelt	jyelp	jyelh	jyem	jyeb	jyebs	jyes	jyess	jyeng	jyej	jyech	jyek	jyet	jyep	jyeh	jo	jog	jokk	jogs	jon	jonj	jonh	jod	jol	jolg	jolm	jolb	jols	jolt	jolp	jolh	jom	job	jobs	jos	joss	jong	joj	joch	jok	jot	jop	joh	jwa	jwag	jwakk	jwags	jwan	jwanj	jwanh	jwad	jwal	jwalg	jwalm	jwalb	jwals	jwalt	jwalp	jwalh	jwam	jwab	jwabs	jwas	jwass	jwang	jwaj	jwach	jwak	jwat	jwap	jwah	jwae	jwaeg	jwaekk	jwaegs	jwaen	jwaenj	jwaenh	jwaed	jwael	jwaelg	jwaelm	jwaelb	jwaels	jwaelt	jwaelp	jwaelh	jwaem	jwaeb	jwaebs	jwaes	jwaess	jwaeng	jwaej	jwaech	jwaek	jwaet	jwaep	jwaeh	joe	joeg	joekk	joegs	joen	joenj	joenh	joed	joel	joelg	joelm	joelb	joels	joelt	joelp	joelh	joem	joeb	joebs	joes	joess	joeng	joej	joech	joek	joet	joep	joeh	jyo	jyog	jyokk	jyogs	jyon	jyonj	jyonh	jyod	jyol	jyolg	jyolm	jyolb	jyols	jyolt	jyolp	jyolh	jyom	jyob	jyobs	jyos	jyoss	jyong	jyoj	jyoch	jyok	jyot	jyop	jyoh	ju	jug	jukk	jugs	jun	junj	junh	jud	jul	julg	julm	julb	juls	jult	julp	julh	jum	jub	jubs	jus	juss	jung	juj	juch	juk	jut	jup	juh	jwo	jwog	jwokk	jwogs	jwon	jwonj	jwonh	jwod	jwol	jwolg	jwolm	jwolb	jwols	jwolt	jwolp	jwolh	jwom	jwob	jwobs	jwos	jwoss	jwong	jwoj	jwoch	jwok	jwot	jwop	jwoh	jwe	jweg	jwekk	jwegs	jwen	jwenj	jwenh	jwed	jwel	jwelg	jwelm	jwelb	jwels	jwelt	jwelp	jwelh	jwem	jweb	jwebs	jwes	jwess	jweng	jwej	jwech	jwek	jwet	jwep	jweh	jwi	jwig	jwikk	jwigs	jwin	jwinj	jwinh	jwid	jwil	jwilg	jwilm	jwilb	jwils	jwilt	jwilp	jwilh	jwim	jwib	jwibs	jwis	jwiss	jwing	jwij	jwich	jwik	jwit	jwip	jwih	jyu	jyug	jyukk	jyugs	jyun	jyunj	jyunh	jyud	jyul	jyulg	jyulm	jyulb	jyuls	jyult	jyulp	jyulh	jyum	jyub	jyubs	jyus	jyuss	jyung	jyuj	jyuch	jyuk	jyut	jyup	jyuh	jeu	jeug	jeukk	jeugs	jeun	jeunj	jeunh	jeud	jeul	jeulg	jeulm	jeulb	jeuls	jeult	jeulp	jeulh	jeum	jeub	jeubs	jeus	jeuss	jeung	jeuj	jeuch	jeuk	jeut	jeup	jeuh	jui	juig	juikk	juigs	juin	juinj	juinh	juid	juil	juilg	juilm	juilb	juils	juilt	juilp	juilh	juim	juib	juibs	juis	juiss	juing	juij	juich	juik	juit	juip	juih	ji	jig	jikk	jigs	jin	jinj	jinh	jid	jil	jilg	jilm	jilb	jils	jilt	jilp	jilh	jim	jib	jibs	jis	jiss	jing	jij	jich	jik	jit	jip	jih	jja	jjag	jjakk	jjags	jjan	jjanj	jjanh	jjad	jjal	jjalg	jjalm	jjalb	jjals	jjalt	jjalp	jjalh	jjam	jjab	jjabs	jjas	jjass	jjang	jjaj	jjach	jjak	jjat	jjap	jjah	jjae	jjaeg	jjaekk	jjaegs	jjaen	jjaenj	jjaenh	jjaed	jjael	jjaelg	jjaelm	jjaelb	jjaels	jjaelt	jjaelp	jjaelh	jjaem	jjaeb	jjaebs	jjaes	jjaess	jjaeng	jjaej	jjaech	jjaek	jjaet	jjaep	jjaeh	jjya	jjyag	jjyakk	jjyags	jjyan	jjyanj	jjyanh	jjyad	jjyal	jjyalg	jjyalm	jjyalb	jjyals	jjyalt	jjyalp	jjyalh	jjyam	jjyab	jjyabs	jjyas	jjyass	jjyang	jjyaj	jjyach	jjyak	jjyat	jjyap	jjyah	jjyae	jjyaeg	jjyaekk	jjyaegs	jjyaen	jjyaenj	jjyaenh	jjyaed	jjyael	jjyaelg	jjyaelm	jjyaelb	jjyaels	jjyaelt	jjyaelp	jjyaelh	jjyaem	jjyaeb	jjyaebs	jjyaes	jjyaess	jjyaeng	jjyaej	jjyaech	jjyaek	jjyaet	jjyaep	jjyaeh	jjeo	jjeog	jjeokk	jjeogs	jjeon	jjeonj	jjeonh	jjeod	jjeol	jjeolg	jjeolm	jjeolb	jjeols	jjeolt	jjeolp	jjeolh	jjeom	jjeob	jjeobs	jjeos	jjeoss	jjeong	jjeoj	jjeoch	jjeok	jjeot	jjeop	jjeoh	jje	jjeg	jjekk	jjegs	jjen	jjenj	jjenh	jjed	jjel	jjelg	jjelm	jjelb	jjels	jjelt	jjelp	jjelh	jjem	jjeb	jjebs	jjes	jjess	jjeng	jjej	jjech	jjek	jjet	jjep	jjeh	jjyeo	jjyeog	jjyeokk	jjyeogs	jjyeon	jjyeonj	jjyeonh	jjyeod	jjyeol	jjyeolg	jjyeolm	jjyeolb	jjyeols	jjyeolt	jjyeolp	jjyeolh	jjyeom	jjyeob	jjyeobs	jjyeos	jjyeoss	jjyeong	jjyeoj	jjyeoch	jjyeok	jjyeot	jjyeop	jjyeoh	jjye	jjyeg	jjyekk	jjyegs	jjyen	jjyenj	jjyenh	jjyed	jjyel	jjyelg	jjyelm	jjyelb	jjyels	jjyelt	jjyelp	jjyelh	jjyem	jjyeb	jjyebs	jjyes	jjyess	jjyeng	jjyej	jjyech	jjyek	jjyet	jjyep	jjyeh	jjo	jjog	jjokk	jjogs	jjon	jjonj	jjonh	jjod	jjol	jjolg	jjolm	jjolb	jjols	jjolt	jjolp	jjolh	jjom	jjob	jjobs	jjos	jjoss	jjong	jjoj	jjoch	jjok	jjot	jjop	jjoh	jjwa	jjwag	jjwakk	jjwags	jjwan	jjwanj	jjwanh	jjwad	jjwal	jjwalg	jjwalm	jjwalb	jjwals	jjwalt	jjwalp	jjwalh	jjwam	jjwab	jjwabs	jjwas	jjwass	jjwang	jjwaj	jjwach	jjwak	jjwat	jjwap	jjwah	jjwae	jjwaeg	jjwaekk	jjwaegs	jjwaen	jjwaenj	jjwaenh	jjwaed	jjwael	jjwaelg	jjwaelm	jjwaelb	jjwaels	jjwaelt	jjwaelp	jjwaelh	jjwaem	jjwaeb	jjwaebs	jjwaes	jjwaess	jjwaeng	jjwaej	jjwaech	jjwaek	jjwaet	jjwaep	jjwaeh	jjoe	jjoeg	jjoekk	jjoegs	jjoen	jjoenj	jjoenh	jjoed	jjoel	jjoelg	jjoelm	jjoelb	jjoels	jjoelt	jjoelp	jjoelh	jjoem	jjoeb	jjoebs	jjoes	jjoess	jjoeng	jjoej	jjoech	jjoek	jjoet	jjoep	jjoeh	jjyo	jjyog	jjyokk	jjyogs	jjyon	jjyonj	jjyonh	jjyod	jjyol	jjyolg	jjyolm	jjyolb	jjyols	jjyolt	jjyolp	jjyolh	jjyom	jjyob	jjyobs	jjyos	jjyoss	jjyong	jjyoj	jjyoch	jjyok	jjyot	jjyop	jjyoh	jju	jjug	jjukk	jjugs	jjun	jjunj	jjunh	jjud	jjul	jjulg	jjulm	jjulb	jjuls	jjult	jjulp	jjulh	jjum	jjub	jjubs	jjus	jjuss	jjung	jjuj	jjuch	jjuk	jjut	jjup	jjuh	jjwo	jjwog	jjwokk	jjwogs	jjwon	jjwonj	jjwonh	jjwod	jjwol	jjwolg	jjwolm	jjwolb	jjwols	jjwolt	jjwolp	jjwolh	jjwom	jjwob	jjwobs	jjwos	jjwoss	jjwong	jjwoj	jjwoch	jjwok	jjwot	jjwop	jjwoh	jjwe	jjweg	jjwekk	jjwegs	jjwen	jjwenj	jjwenh	jjwed	jjwel	jjwelg	jjwelm	jjwelb	jjwels	jjwelt	jjwelp	jjwelh	jjwem	jjweb	jjwebs	jjwes	jjwess	jjweng	jjwej	jjwech	jjwek	jjwet	jjwep	jjweh	jjwi	jjwig	jjwikk	jjwigs	jjwin	jjwinj	jjwinh	jjwid	jjwil	jjwilg	jjwilm	jjwilb	jjwils	jjwilt	jjwilp	jjwilh	jjwim	jjwib	jjwibs	jjwis	jjwiss	jjwing	jjwij	jjwich	jjwik	jjwit	jjwip	jjwih	jjyu	jjyug	jjyukk	jjyugs	jjyun	jjyunj	jjyunh	jjyud	jjyul	jjyulg	jjyulm	jjyulb	jjyuls	jjyult	jjyulp	jjyulh	jjyum	jjyub	jjyubs	jjyus	jjyuss	jjyung	jjyuj	jjyuch	jjyuk	jjyut	jjyup	jjyuh	jjeu	jjeug	jjeukk	jjeugs	jjeun	jjeunj	jjeunh	jjeud	jjeul	jjeulg	jjeulm	jjeulb	jjeuls	jjeult	jjeulp	jjeulh	jjeum	jjeub	jjeubs	jjeus	jjeuss	jjeung	jjeuj	jjeuch	jjeuk	jjeut	jjeup	jjeuh	jjui	jjuig	jjuikk	jjuigs	jjuin	jjuinj	jjuinh	jjuid	jjuil	jjuilg	jjuilm	jjuilb	jjuils	jjuilt	jjuilp	jjuilh	jjuim	jjuib	jjuibs	jjuis	jjuiss	jjuing	jjuij	jjuich	jjuik	jjuit	jjuip	jjuih	jji	jjig	jjikk	jjigs	jjin	jjinj	jjinh	jjid	jjil	jjilg	jjilm	jjilb	jjils	jjilt	jjilp	jjilh	jjim	jjib	jjibs	jjis	jjiss	jjing	jjij	jjich	jjik	jjit	jjip	jjih	cha	chag	chakk	chags	chan	chanj	chanh	chad	chal	chalg	chalm	chalb	chals	chalt	chalp	chalh	cham	chab	chabs	chas	chass	chang	chaj	chach	chak	chat	chap	chah	chae	chaeg	chaekk	chaegs	chaen	chaenj	chaenh	chaed	chael	chaelg	chaelm	chaelb	chaels	chaelt	chaelp	chaelh	chaem	chaeb	chaebs	chaes	chaess	chaeng	chaej	chaech	chaek	chaet	chaep	chaeh	chya	chyag	chyakk	chyags	chyan	chyanj	chyanh	chyad	chyal	chyalg	chyalm	chyalb	chyals	chyalt	chyalp	chyalh	chyam	chyab	chyabs	chyas	chyass	chyang	chyaj	chyach	chyak	chyat	chyap	chyah	chyae	chyaeg	chyaekk	chyaegs	chyaen	chyaenj	chyaenh	chyaed	chyael	chyaelg	chyaelm	chyaelb	chyaels	chyaelt	chyaelp	chyaelh	chyaem	chyaeb	chyaebs	chyaes	chyaess	chyaeng	chyaej	chyaech	chyaek	chyaet	chyaep	chyaeh	cheo	cheog	cheokk	cheogs	cheon	cheonj	cheonh	cheod	cheol	cheolg	cheolm	cheolb	cheols	cheolt	cheolp	cheolh	cheom	cheob	cheobs	cheos	cheoss	cheong	cheoj	cheoch	cheok	cheot	cheop	cheoh	che	cheg	chekk	chegs	chen	chenj	chenh	ched	chel	chelg	chelm	chelb	chels	chelt	chelp	chelh	chem	cheb	chebs	ches	chess	cheng	chej	chech	chek	chet	chep	cheh	chyeo	chyeog	chyeokk	chyeogs	chyeon	chyeonj	chyeonh	chyeod	chyeol	chyeolg	chyeolm	chyeolb	chyeols	chyeolt	chyeolp	chyeolh	chyeom	chyeob	chyeobs	chyeos	chyeoss	chyeong	chyeoj	chyeoch	chyeok	chyeot	chyeop	chyeoh	chye	chyeg	chyekk	chyegs	chyen	chyenj	chyenh	chyed	chyel	chyelg	chyelm	chyelb	chyels	chyelt	chyelp	chyelh	chyem	chyeb	chyebs	chyes	chyess	chyeng	chyej	chyech	chyek	chyet	chyep	chyeh	cho	chog	chokk	chogs	chon	chonj	chonh	chod	chol	cholg	cholm	cholb	chols	cholt	cholp	cholh	chom	chob	chobs	chos	choss	chong	choj	choch	chok	chot	chop	choh	chwa	chwag	chwakk	chwags	chwan	chwanj	chwanh	chwad	chwal	chwalg	chwalm	chwalb	chwals	chwalt	chwalp	chwalh	chwam	chwab	chwabs	chwas	chwass	chwang	chwaj	chwach	chwak	chwat	chwap	chwah	chwae	chwaeg	chwaekk	chwaegs	chwaen	chwaenj	chwaenh	chwaed	chwael	chwaelg	chwaelm	chwaelb	chwaels	chwaelt	chwaelp	chwaelh	chwaem	chwaeb	chwaebs	chwaes	chwaess	chwaeng	chwaej	chwaech	chwaek	chwaet	chwaep	chwaeh	choe	choeg	choekk	choegs	choen	choenj	choenh	choed	choel	choelg	choelm	choelb	choels	choelt	choelp	choelh	choem	choeb	choebs	choes	choess	choeng	choej	choech	choek	choet	choep	choeh	chyo	chyog	chyokk	chyogs	chyon	chyonj	chyonh	chyod	chyol	chyolg	chyolm	chyolb	chyols	chyolt	chyolp	chyolh	chyom	chyob	chyobs	chyos	chyoss	chyong	chyoj	chyoch	chyok	chyot	chyop	chyoh	chu	chug	chukk	chugs	chun	chunj	chunh	chud	chul	chulg	chulm	chulb	chuls	chult	chulp	chulh	chum	chub	chubs	chus	chuss	chung	chuj	chuch	chuk	chut	chup	chuh	chwo	chwog	chwokk	chwogs	chwon	chwonj	chwonh	chwod	chwol	chwolg	chwolm	chwolb	chwols	chwolt	chwolp	chwolh	chwom	chwob	chwobs	chwos	chwoss	chwong	chwoj	chwoch	chwok	chwot	chwop	chwoh	chwe	chweg	chwekk	chwegs	chwen	chwenj	chwenh	chwed	chwel	chwelg	chwelm	chwelb	chwels	chwelt	chwelp	chwelh	chwem	chweb	chwebs	chwes	chwess	chweng	chwej	chwech	chwek	chwet	chwep	chweh	chwi	chwig	chwikk	chwigs	chwin	chwinj	chwinh	chwid	chwil	chwilg	chwilm	chwilb	chwils	chwilt	chwilp	chwilh	chwim	chwib	chwibs	chwis	chwiss	chwing	chwij	chwich	chwik	chwit	chwip	chwih	chyu	chyug	chyukk	chyugs	chyun	chyunj	chyunh	chyud	chyul	chyulg	chyulm	chyulb	chyuls	chyult	chyulp	chyulh	chyum	chyub	chyubs	chyus	chyuss	chyung	chyuj	chyuch	chyuk	chyut	chyup	chyuh	cheu	cheug	cheukk	cheugs	cheun	cheunj	cheunh	cheud	cheul	cheulg	cheulm	cheulb	cheuls	cheult	cheulp	cheulh	cheum	cheub	cheubs	cheus	cheuss	cheung	cheuj	cheuch	cheuk	cheut	cheup	cheuh	chui	chuig	chuikk	chuigs	chuin	chuinj	chuinh	chuid	chuil	chuilg	chuilm	chuilb	chuils	chuilt	chuilp	chuilh	chuim	chuib	chuibs	chuis	chuiss	chuing	chuij	chuich	chuik	chuit	chuip	chuih	chi	chig	chikk	chigs	chin	chinj	chinh	chid	chil	chilg	chilm	chilb	chils	chilt	chilp	chilh	chim	chib	chibs	chis	chiss	ching	chij	chich	chik	chit	chip	chih	ka	kag	kakk	kags	kan	kanj	kanh	kad	kal	kalg	kalm	kalb	kals	kalt	kalp	kalh	kam	kab	kabs	kas	kass	kang	kaj	kach	kak	kat	kap	kah	kae	kaeg	kaekk	kaegs	kaen	kaenj	kaenh	kaed	kael	kaelg	kaelm	kaelb	kaels	kaelt	kaelp	kaelh	kaem	kaeb	kaebs	kaes	kaess	kaeng	kaej	kaech	kaek	kaet	kaep	kaeh	kya	kyag	kyakk	kyags	kyan	kyanj	kyanh	kyad	kyal	kyalg	kyalm	kyalb	kyals	kyalt	kyalp	kyalh	kyam	kyab	kyabs	kyas	kyass	kyang	kyaj	kyach	kyak	kyat	kyap	kyah	kyae	kyaeg	kyaekk	kyaegs	kyaen	kyaenj	kyaenh	kyaed	kyael	kyaelg	kyaelm	kyaelb	kyaels	kyaelt	kyaelp	kyaelh	kyaem	kyaeb	kyaebs	kyaes	kyaess	kyaeng	kyaej	kyaech	kyaek	kyaet	kyaep	kyaeh	keo	keog	keokk	keogs	keon	keonj	keonh	keod	keol	keolg	keolm	keolb	keols	keolt	keolp	keolh	keom	keob	keobs	keos	keoss	keong	keoj	keoch	keok	keot	keop	keoh	ke	keg	kekk	kegs	ken	kenj	kenh	ked	kel	kelg	kelm	kelb	kels	kelt	kelp	kelh	kem	keb	kebs	kes	kess	keng	kej	kech	kek	ket	kep	keh	kyeo	kyeog	kyeokk	kyeogs	kyeon	kyeonj	kyeonh	kyeod	kyeol	kyeolg	kyeolm	kyeolb	kyeols	kyeolt	kyeolp	kyeolh	kyeom	kyeob	kyeobs	kyeos	kyeoss	kyeong	kyeoj	kyeoch	kyeok	kyeot	kyeop	kyeoh	kye	kyeg	kyekk	kyegs	kyen	kyenj	kyenh	kyed	kyel	kyelg	kyelm	kyelb	kyels	kyelt	kyelp	kyelh	kyem	kyeb	kyebs	kyes	kyess	kyeng	kyej	kyech	kyek	kyet	kyep	kyeh	ko	kog	kokk	kogs	kon	konj	konh	kod	kol	kolg	kolm	kolb	kols	kolt	kolp	kolh	kom	kob	kobs	kos	koss	kong	koj	koch	kok	kot	kop	koh	kwa	kwag	kwakk	kwags	kwan	kwanj	kwanh	kwad	kwal	kwalg	kwalm	kwalb	kwals	kwalt	kwalp	kwalh	kwam	kwab	kwabs	kwas	kwass	kwang	kwaj	kwach	kwak	kwat	kwap	kwah	kwae	kwaeg	kwaekk	kwaegs	kwaen	kwaenj	kwaenh	kwaed	kwael	kwaelg	kwaelm	kwaelb	kwaels	kwaelt	kwaelp	kwaelh	kwaem	kwaeb	kwaebs	kwaes	kwaess	kwaeng	kwaej	kwaech	kwaek	kwaet	kwaep	kwaeh	koe	koeg	koekk	koegs	koen	koenj	koenh	koed	koel	koelg	koelm	koelb	koels	koelt	koelp	koelh	koem	koeb	koebs	koes	koess	koeng	koej	koech	koek	koet	koep	koeh	kyo	kyog	kyokk	kyogs	kyon	kyonj	kyonh	kyod	kyol	kyolg	kyolm	kyolb	kyols	kyolt	kyolp	kyolh	kyom	kyob	kyobs	kyos	kyoss	kyong	kyoj	kyoch	kyok	kyot	kyop	kyoh	ku	kug	kukk	kugs	kun	kunj	kunh	kud	kul	kulg	kulm	kulb	kuls	kult	kulp	kulh	kum	kub	kubs	kus	kuss	kung	kuj	kuch	kuk	kut	kup	kuh	kwo	kwog	kwokk	kwogs	kwon	kwonj	kwonh	kwod	kwol	kwolg	kwolm	kwolb	kwols	kwolt	kwolp	kwolh	kwom	kwob	kwobs	kwos	kwoss	kwong	kwoj	kwoch	kwok	kwot	kwop	kwoh	kwe	kweg	kwekk	kwegs	kwen	kwenj	kwenh	kwed	kwel	kwelg	kwelm	kwelb	kwels	kwelt	kwelp	kwelh	kwem	kweb	kwebs	kwes	kwess	kweng	kwej	kwech	kwek	kwet	kwep	kweh	kwi	kwig	kwikk	kwigs	kwin	kwinj	kwinh	kwid	kwil	kwilg	kwilm	kwilb	kwils	kwilt	kwilp	kwilh	kwim	kwib	kwibs	kwis	kwiss	kwing	kwij	kwich	kwik	kwit	kwip	kwih	kyu	kyug	kyukk	kyugs	kyun	kyunj	kyunh	kyud	kyul	kyulg	kyulm	kyulb	kyuls	kyult	kyulp	kyulh	kyum	kyub	kyubs	kyus	kyuss	kyung	kyuj	kyuch	kyuk	kyut	kyup	kyuh	keu	keug	keukk	keugs	keun	keunj	keunh	keud	keul	keulg	keulm	keulb	keuls	keult	keulp	keulh	keum	keub	keubs	keus	keuss	keung	keuj	keuch	keuk	keut	keup	keuh	kui	kuig	kuikk	kuigs	kuin	kuinj	kuinh	kuid	kuil	kuilg	kuilm	kuilb	kuils	kuilt	kuilp	kuilh	kuim	kuib	kuibs	kuis	kuiss	kuing	kuij	kuich	kuik	kuit	kuip	kuih	ki	kig	kikk	kigs	kin	kinj	kinh	kid	kil	kilg	kilm	kilb	kils	kilt	kilp	kilh	kim	kib	kibs	kis	kiss	king	kij	kich	kik	kit	kip	kih	ta	tag	takk	tags	tan	tanj	tanh	tad	tal	talg	talm	talb	tals	talt	talp	talh	tam	tab	tabs	tas	tass	tang	taj	tach	tak	tat	tap	tah	tae	taeg	taekk	taegs	taen	taenj	taenh	taed	tael	taelg	taelm	taelb	taels	taelt	taelp	taelh	taem	taeb	taebs	taes	taess	taeng	taej	taech	taek	taet	taep	taeh	tya	tyag	tyakk	tyags	tyan	tyanj	tyanh	tyad	tyal	tyalg	tyalm	tyalb	tyals	tyalt	tyalp	tyalh	tyam	tyab	tyabs	tyas	tyass	tyang	tyaj	tyach	tyak	tyat	tyap	tyah	tyae	tyaeg	tyaekk	tyaegs	tyaen	tyaenj	tyaenh	tyaed	tyael	tyaelg	tyaelm	tyaelb	tyaels	tyaelt	tyaelp	tyaelh	tyaem	tyaeb	tyaebs	tyaes	tyaess	tyaeng	tyaej	tyaech	tyaek	tyaet	tyaep	tyaeh	teo	teog	teokk	teogs	teon	teonj	teonh	teod	teol	teolg	teolm	teolb	teols	teolt	teolp	teolh	teom	teob	teobs	teos	teoss	teong	teoj	teoch	teok	teot	teop	teoh	te	teg	tekk	tegs	ten	tenj	tenh	ted	tel	telg	telm	telb	tels	telt	telp	telh	tem	teb	tebs	tes	tess	teng	tej	tech	tek	tet	tep	teh	tyeo	tyeog	tyeokk	tyeogs	tyeon	tyeonj	tyeonh	tyeod	tyeol	tyeolg	tyeolm	tyeolb	tyeols	tyeolt	tyeolp	tyeolh	tyeom	tyeob	tyeobs	tyeos	tyeoss	tyeong	tyeoj	tyeoch	tyeok	tyeot	tyeop	tyeoh	tye	tyeg	tyekk	tyegs	tyen	tyenj	tyenh	tyed	tyel	tyelg	tyelm	tyelb	tyels	tyelt	tyelp	tyelh	tyem	tyeb	tyebs	tyes	tyess	tyeng	tyej	tyech	tyek	tyet	tyep	tyeh	to	tog	tokk	togs	ton	tonj	tonh	tod	tol	tolg	tolm	tolb	tols	tolt	tolp	tolh	tom	tob	tobs	tos	toss	tong	toj	toch	tok	tot	top	toh	twa	twag	twakk	twags	twan	twanj	twanh	twad	twal	twalg	twalm	twalb	twals	twalt	twalp	twalh	twam	twab	twabs	twas	twass	twang	twaj	twach	twak	twat	twap	twah	twae	twaeg	twaekk	twaegs	twaen	twaenj	twaenh	twaed	twael	twaelg	twaelm	twaelb	twaels	twaelt	twaelp	twaelh	twaem	twaeb	twaebs	twaes	twaess	twaeng	twaej	twaech	twaek	twaet	twaep	twaeh	toe	toeg	toekk	toegs	toen	toenj	toenh	toed	toel	toelg	toelm	toelb	toels	toelt	toelp	toelh	toem	toeb	toebs	toes	toess	toeng	toej	toech	toek	toet	toep	toeh	tyo	tyog	tyokk	tyogs	tyon	tyonj	tyonh	tyod	tyol	tyolg	tyolm	tyolb	tyols	tyolt	tyolp	tyolh	tyom	tyob	tyobs	tyos	tyoss	tyong	tyoj	tyoch	tyok	tyot	tyop	tyoh	tu	tug	tukk	tugs	tun	tunj	tunh	tud	tul	tulg	tulm	tulb	tuls	tult	tulp	tulh	tum	tub	tubs	tus	tuss	tung	tuj	tuch	tuk	tut	tup	tuh	two	twog	twokk	twogs	twon	twonj	twonh	twod	twol	twolg	twolm	twolb	twols	twolt	twolp	twolh	twom	twob	twobs	twos	twoss	twong	twoj	twoch	twok	twot	twop	twoh	twe	tweg	twekk	twegs	twen	twenj	twenh	twed	twel	twelg	twelm	twelb	twels	twelt	twelp	twelh	twem	tweb	twebs	twes	twess	tweng	twej	twech	twek	twet	twep	tweh	twi	twig	twikk	twigs	twin	twinj	twinh	twid	twil	twilg	twilm	twilb	twils	twilt	twilp	twilh	twim	twib	twibs	twis	twiss	twing	twij	twich	twik	twit	twip	twih	tyu	tyug	tyukk	tyugs	tyun	tyunj	tyunh	tyud	tyul	tyulg	tyulm	tyulb	tyuls	tyult	tyulp	tyulh	tyum	tyub	tyubs	tyus	tyuss	tyung	tyuj	tyuch	tyuk	tyut	tyup	tyuh	teu	teug	teukk	teugs	teun	teunj	teunh	teud	teul	teulg	teulm	teulb	teuls	teult	teulp	teulh	teum	teub	teubs	teus	teuss	teung	teuj	teuch	teuk	teut	teup	teuh	tui	tuig	tuikk	tuigs	tuin	tuinj	tuinh	tuid	tuil	tuilg	tuilm	tuilb	tuils	tuilt	tuilp	tuilh	tuim	tuib	tuibs	tuis	tuiss	tuing	tuij	tuich	tuik	tuit	tuip	tuih	ti	tig	tikk	tigs	tin	tinj	tinh	tid	til	tilg	tilm	tilb	tils	tilt	tilp	tilh	tim	tib	tibs	tis	tiss	ting	tij	tich	tik	tit	tip	tih	pa	pag	pakk	pags	pan	panj	panh	pad	pal	palg	palm	palb	pals	palt	palp	palh	pam	pab	pabs	pas	pass	pang	paj	pach	pak	pat	pap	pah	pae	paeg	paekk	paegs	paen	paenj	paenh	paed	pael	paelg	paelm	paelb	paels	paelt	paelp	paelh	paem	paeb	paebs	paes	paess	paeng	paej	paech	paek	paet	paep	paeh	pya	pyag	pyakk	pyags	pyan	pyanj	pyanh	pyad	pyal	pyalg	pyalm	pyalb	pyals	pyalt	pyalp	pyalh	pyam	pyab	pyabs	pyas	pyass	pyang	pyaj	pyach	pyak	pyat	pyap	pyah	pyae	pyaeg	pyaekk	pyaegs	pyaen	pyaenj	pyaenh	pyaed	pyael	pyaelg	pyaelm	pyaelb	pyaels	pyaelt	pyaelp	pyaelh	pyaem	pyaeb	pyaebs	pyaes	pyaess	pyaeng	pyaej	pyaech	pyaek	pyaet	pyaep	pyaeh	peo	peog	peokk	peogs	peon	peonj	peonh	peod	peol	peolg	peolm	peolb	peols	peolt	peolp	peolh	peom	peob	peobs	peos	peoss	peong	peoj	peoch	peok	peot	peop	peoh	pe	peg	pekk	pegs	pen	penj	penh	ped	pel	pelg	pelm	pelb	pels	pelt	pelp	pelh	pem	peb	pebs	pes	pess	peng	pej	pech	pek	pet	pep	peh	pyeo	pyeog	pyeokk	pyeogs	pyeon	pyeonj	pyeonh	pyeod	pyeol	pyeolg	pyeolm	pyeolb	pyeols	pyeolt	pyeolp	pyeolh	pyeom	pyeob	pyeobs	pyeos	pyeoss	pyeong	pyeoj	pyeoch	pyeok	pyeot	pyeop	pyeoh	pye	pyeg	pyekk	pyegs	pyen	pyenj	pyenh	pyed	pyel	pyelg	pyelm	pyelb	pyels	pyelt	pyelp	pyelh	pyem	pyeb	pyebs	pyes	pyess	pyeng	pyej	pyech	pyek	pyet	pyep	pyeh	po	pog	pokk	pogs	pon	ponj	ponh	pod	pol	polg	polm	polb	pols	polt	polp	polh	pom	pob	pobs	pos	poss	pong	poj	poch	pok	pot	pop	poh	pwa	pwag	pwakk	pwags	pwan	pwanj	pwanh	pwad	pwal	pwalg	pwalm	pwalb	pwals	pwalt	pwalp	pwalh	pwam	pwab	pwabs	pwas	pwass	pwang	pwaj	pwach	pwak	pwat	pwap	pwah	pwae	pwaeg	pwaekk	pwaegs	pwaen	pwaenj	pwaenh	pwaed	pwael	pwaelg	pwaelm	pwaelb	pwaels	pwaelt	pwaelp	pwaelh	pwaem	pwaeb	pwaebs	pwaes	pwaess	pwaeng	pwaej	pwaech	pwaek	pwaet	pwaep	pwaeh	poe	poeg	poekk	poegs	poen	poenj	poenh	poed	poel	poelg	poelm	poelb	poels	poelt	poelp	poelh	poem	poeb	poebs	poes	poess	poeng	poej	poech	poek	poet	poep	poeh	pyo	pyog	pyokk	pyogs	pyon	pyonj	pyonh	pyod	pyol	pyolg	pyolm	pyolb	pyols	pyolt	pyolp	pyolh	pyom	pyob	pyobs	pyos	pyoss	pyong	pyoj	pyoch	pyok	pyot	pyop	pyoh	pu	pug	pukk	pugs	pun	punj	punh	pud	pul	pulg	pulm	pulb	puls	pult	pulp	pulh	pum	pub	pubs	pus	puss	pung	puj	puch	puk	put	pup	puh	pwo	pwog	pwokk	pwogs	pwon	pwonj	pwonh	pwod	pwol	pwolg	pwolm	pwolb	pwols	pwolt	pwolp	pwolh	pwom	pwob	pwobs	pwos	pwoss	pwong	pwoj	pwoch	pwok	pwot	pwop	pwoh	pwe	pweg	pwekk	pwegs	pwen	pwenj	pwenh	pwed	pwel	pwelg	pwelm	pwelb	pwels	pwelt	pwelp	pwelh	pwem	pweb	pwebs	pwes	pwess	pweng	pwej	pwech	pwek	pwet	pwep	pweh	pwi	pwig	pwikk	pwigs	pwin	pwinj	pwinh	pwid	pwil	pwilg	pwilm	pwilb	pwils	pwilt	pwilp	pwilh	pwim	pwib	pwibs	pwis	pwiss	pwing	pwij	pwich	pwik	pwit	pwip	pwih	pyu	pyug	pyukk	pyugs	pyun	pyunj	pyunh	pyud	pyul	pyulg	pyulm	pyulb	pyuls	pyult	pyulp	pyulh	pyum	pyub	pyubs	pyus	pyuss	pyung	pyuj	pyuch	pyuk	pyut	pyup	pyuh	peu	peug	peukk	peugs	peun	peunj	peunh	peud	peul	peulg	peulm	peulb	peuls	peult	peulp	peulh	peum	peub	peubs	peus	peuss	peung	peuj	peuch	peuk	peut	peup	peuh	pui	puig	puikk	puigs	puin	puinj	puinh	puid	puil	puilg	puilm	puilb	puils	puilt	puilp	puilh	puim	puib	puibs	puis	puiss	puing	puij	puich	puik	puit	puip	puih	pi	pig	pikk	pigs	pin	pinj	pinh	pid	pil	pilg	pilm	pilb	pils	pilt	pilp	pilh	pim	pib	pibs	pis	piss	ping	pij	pich	pik	pit	pip	pih	ha	hag	hakk	hags	han	hanj	hanh	had	hal	halg	halm	halb	hals	halt	halp	halh	ham	hab	habs	has	hass	hang	haj	hach	hak	hat	hap	hah	hae	haeg	haekk	haegs	haen	haenj	haenh	haed	hael	haelg	haelm	haelb	haels	haelt	haelp	haelh	haem	haeb	haebs	haes	haess	haeng	haej	haech	haek	haet	haep	haeh	hya	hyag	hyakk	hyags	hyan	hyanj	hyanh	hyad	hyal	hyalg	hyalm	hyalb	hyals	hyalt	hyalp	hyalh	hyam	hyab	hyabs	hyas	hyass	hyang	hyaj	hyach	hyak	hyat	hyap	hyah	hyae	hyaeg	hyaekk	hyaegs	hyaen	hyaenj	hyaenh	hyaed	hyael	hyaelg	hyaelm	hyaelb	hyaels	hyaelt	hyaelp	hyaelh	hyaem	hyaeb	hyaebs	hyaes	hyaess	hyaeng	hyaej	hyaech	hyaek	hyaet	hyaep	hyaeh	heo	heog	heokk	heogs	heon	heonj	heonh	heod	heol	heolg	heolm	heolb	heols	heolt	heolp	heolh	heom	heob	heobs	heos	heoss	heong	heoj	heoch	heok	heot	heop	heoh	he	heg	hekk	hegs	hen	henj	henh	hed	hel	helg	helm	helb	hels	helt	help	helh	hem	heb	hebs	hes	hess	heng	hej	hech	hek	het	hep	heh	hyeo	hyeog	hyeokk	hyeogs	hyeon	hyeonj	hyeonh	hyeod	hyeol	hyeolg	hyeolm	hyeolb	hyeols	hyeolt	hyeolp	hyeolh	hyeom	hyeob	hyeobs	hyeos	hyeoss	hyeong	hyeoj	hyeoch	hyeok	hyeot	hyeop	hyeoh	hye	hyeg	hyekk	hyegs	hyen	hyenj	hyenh	hyed	hyel	hyelg	hyelm	hyelb	hyels	hyelt	hyelp	hyelh	hyem	hyeb	hyebs	hyes	hyess	hyeng	hyej	hyech	hyek	hyet	hyep	hyeh	ho	hog	hokk	hogs	hon	honj	honh	hod	hol	holg	holm	holb	hols	holt	holp	holh	hom	hob	hobs	hos	hoss	hong	hoj	hoch	hok	hot	hop	hoh	hwa	hwag	hwakk	hwags	hwan	hwanj	hwanh	hwad	hwal	hwalg	hwalm	hwalb	hwals	hwalt	hwalp	hwalh	hwam	hwab	hwabs	hwas	hwass	hwang	hwaj	hwach	hwak	hwat	hwap	hwah	hwae	hwaeg	hwaekk	hwaegs	hwaen	hwaenj	hwaenh	hwaed	hwael	hwaelg	hwaelm	hwaelb	hwaels	hwaelt	hwaelp	hwaelh	hwaem	hwaeb	hwaebs	hwaes	hwaess	hwaeng	hwaej	hwaech	hwaek	hwaet	hwaep	hwaeh	hoe	hoeg	hoekk	hoegs	hoen	hoenj	hoenh	hoed	hoel	hoelg	hoelm	hoelb	hoels	hoelt	hoelp	hoelh	hoem	hoeb	hoebs	hoes	hoess	hoeng	hoej	hoech	hoek	hoet	hoep	hoeh	hyo	hyog	hyokk	hyogs	hyon	hyonj	hyonh	hyod	hyol	hyolg	hyolm	hyolb	hyols	hyolt	hyolp	hyolh	hyom	hyob	hyobs	hyos	hyoss	hyong	hyoj	hyoch	hyok	hyot	hyop	hyoh	hu	hug	hukk	hugs	hun	hunj	hunh	hud	hul	hulg	hulm	hulb	huls	hult	hulp	hulh	hum	hub	hubs	hus	huss	hung	huj	huch	huk	hut	hup	huh	hwo	hwog	hwokk	hwogs	hwon	hwonj	hwonh	hwod	hwol	hwolg	hwolm	hwolb	hwols	hwolt	hwolp	hwolh	hwom	hwob	hwobs	hwos	hwoss	hwong	hwoj	hwoch	hwok	hwot	hwop	hwoh	hwe	hweg	hwekk	hwegs	hwen	hwenj	hwenh	hwed	hwel	hwelg	hwelm	hwelb	hwels	hwelt	hwelp	hwelh	hwem	hweb	hwebs	hwes	hwess	hweng	hwej	hwech	hwek	hwet	hwep	hweh	hwi	hwig	hwikk	hwigs	hwin	hwinj	hwinh	hwid	hwil	hwilg	hwilm	hwilb	hwils	hwilt	hwilp	hwilh	hwim	hwib	hwibs	hwis	hwiss	hwing	hwij	hwich	hwik	hwit	hwip	hwih	hyu	hyug	hyukk	hyugs	hyun	hyunj	hyunh	hyud	hyul	hyulg	hyulm	hyulb	hyuls	hyult	hyulp	hyulh	hyum	hyub	hyubs	hyus	hyuss	hyung	hyuj	hyuch	hyuk	hyut	hyup	hyuh	heu	heug	heukk	heugs	heun	heunj	heunh	heud	heul	heulg	heulm	heulb	heuls	heult	heulp	heulh	heum	heub	heubs	heus	heuss	heung	heuj	heuch	heuk	heut	heup	heuh	hui	huig	huikk	huigs	huin	huinj	huinh	huid	huil	huilg	huilm	huilb	huils	huilt	huilp	huilh	huim	huib	huibs	huis	huiss	huing	huij	huich	huik	huit	huip	huih	hi	hig	hikk	higs	hin	hinj	hinh	hid	hil	hilg	hilm	hilb	hils	hilt	hilp	hilh	him	hib	hibs	his	hiss	hing	hij	hich	hik	hit	hip	hih
F900	qi	geng	che	jia	hua	chuan	ju	gui	gui	qi	jin	la	nai	lan	lai	luo	luo	luo	luo	luo	le	luo	lao	luo	luo	lao	luo	luan	luan	lan	lan	lan	luan	lan	lan	lan	lan	la	la	la	lang	lang	lang	lang	lang	lai	leng	lao	lu	lu	lu	lu	lao	lu	lu	lu	lu	lu	lu	lu	lu	lu	lu	lu	lu	lun	long	nong	long	long	lao	lei	lu	lei	lei	lu	lou	lei	lou	lei	lu	lou	lei	lei	lin	ling	leng	ling	ling	ling	du	na	le	nuo	dan	ning	nu	lu	yi	bei	pan	bian	fu	bu	mi	shu	suo	can	sai	sheng	ye	shuo	sha	chen	shen	shi	ruo	lue	lue	liang	liang	liang	liang	liang	liang	liang	liang	li	lu	nu	lu	lu	lu	li	lu	li	li	li	li	li	li	li	nian	lian	lian	nian	lian	lian	lian	nian	lian	lian	nian	lian	lian	lian	lie	lie	yan	lie	lie	shuo	lian	nian	nian	lian	lian	lie	ling	ling	ning	ling	lian	ling	ying	ling	ling	ling	ling	ling	ling	li	li	li	li	e	le	liao	liao	niao	liao	le	liao	liao	liao	liao	long	yun	ruan	liu	chou	liu	liu	liu	liu	liu	liu	niu	lei	liu	lu	lu	lun	lun	lun	lun	lu	li	li	lu	long	li	li	lu	yi	li	li	ni	li	li	li	li	li	li	li	ni	ni	lin	lin	lin	lin	lin	lin	lin	lin	lin	lin	li	li	li	zhuang	zhi	shi	shen	cha	ci	qie	du	ta	tang	zhai	dong	bao	fu	xing	jiang	jian	kuo	wu	hu
FA10	zhong
FA12	qing
FA15	xi	zhu	yi	li	shen	xiang	fu	jing	jing	yu
FA20	qiu
FA22	zhu
FA25	yi	dou
FA2A	fan	si	guan	he	lang	li	wu	seng	mian	mian	qin	bei	he	tan	qi	ping	mo	ceng	che	hui	kai	zeng	cheng	min	ji	shu	mei	hai	zhu	han	zhu	zhao	zuo	bei	she	zhi	qi	you	zu	zhu	huo	zhen	gu	tu	jie	lian	jin	fan	shu	zhe	chou	cao	cao	zhu	he	shi	ye	jin	bin	zeng	chuo	yi	nan	xiang	pin	hui
FA6D	guan
FA70	bing	kuang	quan	xing	chong	ji	yong	shao	he	tao	hui	wa	zhong	fen	yan	ben	bi	ci	ao	yi	cai	yao	wang	shen	yu	zeng	ao	cheng	dai	yu	sou	bing	ao	qing	lang	wang	zhang	dai	sha	liu	yin	zi	han	jing	zhu	qiao	jue	fan	zhu	tian	ci	hua	guan	wen	yi	sheng	zhi	juan	zhe	tian	tiao	jie	lei	tao	lian	ping	zhe	huang	hua	yun	qiang	fu	shi	diao	zhu	qing	ye	nuo	yu	jin	bian	zeng	shu	chi	sou	xing	zhu	nan	jing	bai	xiang	e	pin	zhen	gui
FAD2	he	xie	jie
FAD6	qian	beng	e	pang
FB1D	yi
FB1F	yya
FB22	d	h	k	l	m	r	t	+	s	s	s	s	a	a
FB31	b	g	d	h	w	z
FB38	t	y	k	k	l
FB3E	m
FB40	n	s
FB43	p	p
FB46	z	q	r	s	t	wo	b	k	p	l
FB52	b	b	b	b	p	p	p	p	bh	bh	bh	bh	th	th	th	th	th	th	th	th	t	t	t	t	v	v	v	v	ph	ph	ph	ph	j	j	j	j	n	n	n	n	ch	ch	ch	ch	ch	ch	ch	ch	dh	dh	dh	dh
FB88	d	d	zh	zh	r	r	k	k	k	k	g	g	g	g	g	g	g	g	n	n	n	n
FBA0	n	n	n	n	h	h	h	h	h	h
FBAE	ai	ai	ai	ai
FBD3	ng	ng	ng	ng
FBDE	v	v
FBE4	e	e	e	e	y	y	ya	ya	yh	yh	yw	yw	y	y	y	y	y	y	ye	ye	ye	yy	yy	yy	y	y	y	y	yj	yh	ym	yy	yy	bj	bh	bkh	bm	by	by	tj	th	tkh	tm	ty	ty	thj	thm	thy	thy	jh	jm	hj	hm	khj	khh	khm	sj	sh	skh	sm	sh	sm	dj	dh	dkh	dm	th	tm	zm	j	m	ghj	ghm	fj	fh	fkh	fm	fy	fy	qh	qm	qy	qy	ka	kj	kh	kkh	kl	km	ky	ky	lj	lh	lkh	lm	ly	ly	mj	mh	mkh	mm	my	my	nj	nh	nkh	nm	ny	ny	hj	hm	hy	hy	yj	yh	ykh	ym	yy	yy	dh	r	y	\u{20}u	\u{20}i	\u{20}a	\u{20}u	\u{20}i	\u{20}	yr	yz	ym	yn	yy	yy	br	bz	bm	bn	by	by	tr	tz	tm	tn	ty	ty	thr	thz	thm	thn	thy	thy	fy	fy	qy	qy	ka	kl	km	ky	ky	lm	ly	ly	ma	mm	nr	nz	nm	nn	ny	ny	y	yr	yz	ym	yn	yy	yy	yj	yh	ykh	ym	yh	bj	bh	bkh	bm	bh	tj	th	tkh	tm	th	thm	jh	jm	hj	hm	khj	khm	sj	sh	skh	sm	sh	skh	sm	dj	dh	dkh	dm	th	zm	j	m	ghj	ghm	fj	fh	fkh	fm	qh	qm	kj	kh	kkh	kl	km	lj	lh	lkh	lm	lh	mj	mh	mkh	mm	nj	nh	nkh	nm	nh	hj	hm	h	yj	yh	ykh	ym	yh	ym	yh	bm	bh	tm	th	thm	thh	sm	sh	shm	shh	kl	km	lm	nm	nh	ym	yh	a	u	i	ty	ty	y	y	ghy	ghy	sy	sy	shy	shy	hy	hy	jy	jy	khy	khy	sy	sy	dy	dy	shj	shh	shkh	shm	shr	sr	sr	dr	ty	ty	y	y	ghy	ghy	sy	sy	shy	shy	hy	hy	jy	jy	khy	khy	sy	sy	dy	dy	shj	shh	shkh	shm	shr	sr	sr	dr	shj	shh	shkh	shm	sh	shh	tm	sj	sh	skh	shj	shh	shkh	tm	zm	aa	aa
FD50	tjm	thj	thj	thm	tkhm	tmj	tmh	tmkh	jmh	jmh	hmy	hmy	shj	sjh	sjy	smh	smh	smj	smm	smm	shh	shh	smm	shhm	shhm	shjy	shmkh	shmkh	shmm	shmm	dhy	dkhm	dkhm	tmh	tmh	tmm	tmy	jm	mm	mm	my	ghmm	ghmy	ghmy	fkhm	fkhm	qmh	qmm	lhm	lhy	lhy	ljj	ljj	lkhm	lkhm	lmh	lmh	mhj	mhm	mhy	mjh	mjm	mkhj	mkhm
FD92	mjkh	hmj	hmm	nhm	nhy	njm	njm	njy	nmy	nmy	ymm	ymm	bkhy	tjy	tjy	tkhy	tkhy	tmy	tmy	jmy	jhy	jmy	skhy	shy	shhy	dhy	ljy	lmy	yhy	yjy	ymy	mmy	qmy	nhy	qmh	lhm	my	kmy	njh	mkhy	ljm	kmm	ljm	njh	jhy	hjy	mjy	fmy	bhy	kmm	jm	smm	skhy	njy
FDF0	slai	qlai	allh	akbr	mhmd	slm	rswl	lyh	wslm	sly	sly\u{20}allh\u{20}lyh\u{20}wslm	jl\u{20}jlalh	ryal
FE70	\u{20}a	a	\u{20}u
FE74	\u{20}i
FE76	\u{20}a	a	\u{20}u	u	\u{20}i	i	\u{20}
FE7E	\u{20}
FE81	a	a	a	a	w	w	a	a	y	y	y	y	a	a	b	b	b	b	t	t	t	t	t	t	th	th	th	th	j	j	j	j	h	h	h	h	kh	kh	kh	kh	d	d	dh	dh	r	r	z	z	s	s	s	s	sh	sh	sh	sh	s	s	s	s	d	d	d	d	t	t	t	t	z	z	z	z
FECD	gh	gh	gh	gh	f	f	f	f	q	q	q	q	k	k	k	k	l	l	l	l	m	m	m	m	n	n	n	n	h	h	h	h	w	w	y	y	y	y	y	y	la	la	la	la	la	la	la	la
FF01	!	\"	#	$	%	&	'	(	)	*	+	,	-	.	/	0	1	2	3	4	5	6	7	8	9	:	;	<	=	>	?	@	A	B	C	D	E	F	G	H	I	J	K	L	M	N	O	P	Q	R	S	T	U	V	W	X	Y	Z	[	\\	]	^	_	`	a	b	c	d	e	f	g	h	i	j	k	l	m	n	o	p	q	r	s	t	u	v	w	x	y	z	{	|	}	~
FF66	wo	~a	~i	~u	~e	~o	~ya	~yu	~yo	~tsu
FF71	a	i	u	e	o	ka	ki	ku	ke	ko	sa	shi	su	se	so	ta	chi	tsu	te	to	na	ni	nu	ne	no	ha	hi	fu	he	ho	ma	mi	mu	me	mo	ya	yu	yo	ra	ri	ru	re	ro	wa	n
FFA1	g	kk	gs	n	nj	nh	d	tt	l	lg	lm	lb	ls	lt	lp
FFB1	m	b	pp
FFB5	s	ss
FFB8	j	jj	ch	k	t	p	h
FFC2	a	ae	ya	yae	eo	e
FFCA	yeo	ye	o	wa	wae	oe
FFD2	yo	u	wo	we	wi	yu
FFDA	eu	ui	i
"""

    /// The marks that extend the letter before them, as folding counts them.
    static let marks = """
300																																																																																																																
483							
591																																													
5BF	
5C1		
5C4		
5C7	
610											
64B																					
670	
6D6							
6DF						
6E7		
6EA				
711	
730																											
7A6											
7EB									
7FD	
816				
81B									
825			
829					
859			
898								
8CA																								
8E3																																
93A	
93C	
941								
94D	
951							
962		
981	
9BC	
9BE	
9C1				
9CD	
9D7	
9E2		
9FE	
A01		
A3C	
A41		
A47		
A4B			
A51	
A70		
A75	
A81		
ABC	
AC1					
AC7		
ACD	
AE2		
AFA						
B01	
B3C	
B3E		
B41				
B4D	
B55			
B62		
B82	
BBE	
BC0	
BCD	
BD7	
C00	
C04	
C3C	
C3E			
C46			
C4A				
C55		
C62		
C81	
CBC	
CBF	
CC2	
CC6	
CCC		
CD5		
CE2		
D00		
D3B		
D3E	
D41				
D4D	
D57	
D62		
D81	
DCA	
DCF	
DD2			
DD6	
DDF	
E31	
E34							
E47								
EB1	
EB4									
EC8							
F18		
F35	
F37	
F39	
F71														
F80					
F86		
F8D											
F99																																				
FC6	
102D				
1032						
1039		
103D		
1058		
105E			
1071				
1082	
1085		
108D	
109D	
135D			
1712			
1732		
1752		
1772		
17B4		
17B7							
17C6	
17C9											
17DD	
180B			
180F	
1885		
18A9	
1920			
1927		
1932	
1939			
1A17		
1A1B	
1A56	
1A58							
1A60	
1A62	
1A65								
1A73										
1A7F	
1AB0																															
1B00				
1B34							
1B3C	
1B42	
1B6B									
1B80		
1BA2				
1BA8		
1BAB			
1BE6	
1BE8		
1BED	
1BEF			
1C2C								
1C36		
1CD0			
1CD4													
1CE2							
1CED	
1CF4	
1CF8		
1DC0																																																																
200C	
20D0																																	
2CEF			
2D7F	
2DE0																																
302A						
3099		
A66F				
A674										
A69E		
A6F0		
A802	
A806	
A80B	
A825		
A82C	
A8C4		
A8E0																		
A8FF	
A926								
A947											
A980			
A9B3	
A9B6				
A9BC		
A9E5	
AA29						
AA31		
AA35		
AA43	
AA4C	
AA7C	
AAB0	
AAB2			
AAB7		
AABE		
AAC1	
AAEC		
AAF6	
ABE5	
ABE8	
ABED	
FB1E	
FE00																
FE20																
FF9E		
101FD	
102E0	
10376					
10A01			
10A05		
10A0C				
10A38			
10A3F	
10AE5		
10D24				
10EAB		
10EFD			
10F46											
10F82				
11001	
11038															
11070	
11073		
1107F			
110B3				
110B9		
110C2	
11100			
11127					
1112D								
11173	
11180		
111B6									
111C9				
111CF	
1122F			
11234	
11236		
1123E	
11241	
112DF	
112E3								
11300		
1133B		
1133E	
11340	
11357	
11366							
11370					
11438								
11442			
11446	
1145E	
114B0	
114B3						
114BA	
114BD	
114BF		
114C2		
115AF	
115B2				
115BC		
115BF		
115DC		
11633								
1163D	
1163F		
116AB	
116AD	
116B0						
116B7	
1171D			
11722				
11727					
1182F									
11839		
11930	
1193B		
1193E	
11943	
119D4				
119DA		
119E0	
11A01										
11A33						
11A3B				
11A47	
11A51						
11A59			
11A8A													
11A98		
11C30							
11C38						
11C3F	
11C92																						
11CAA							
11CB2		
11CB5		
11D31						
11D3A	
11D3C		
11D3F							
11D47	
11D90		
11D95	
11D97	
11EF3		
11F00		
11F36					
11F40	
11F42	
13440	
13447															
16AF0					
16B30							
16F4F	
16F8F				
16FE4	
1BC9D		
1CF00																																														
1CF30																							
1D165	
1D167			
1D16E					
1D17B								
1D185							
1D1AA				
1D242			
1DA00																																																							
1DA3B																																																		
1DA75	
1DA84	
1DA9B					
1DAA1															
1E000							
1E008																	
1E01B							
1E023		
1E026					
1E08F	
1E130							
1E2AE	
1E2EC				
1E4EC				
1E8D0							
1E944							
1F3FB					
E0020																																																																																																
E0100																																																																																																																																																																																																																																																
"""

    /// The characters folding changes when they stand alone.
    static let changed = """
B5	
C0																							
D8														
E7									
F1						
F9					
FF																		
112																					
128									
132	
134				
139							
141	
143								
14C							
154																			
168																								
181		
184	
186		
189			
18E				
193		
196			
19C		
19F				
1A4	
1A6		
1A9	
1AC	
1AE						
1B5	
1B7		
1BC	
1C4		
1C7		
1CA		
1CD																
1DE							
1E6													
1F4																																									
21E			
222	
224	
226														
23A		
23D		
241	
243				
248	
24A	
24C	
24E	
344		
370	
372	
376	
37F	
385		
388			
38C	
38E																				
3A3														
3C2	
3CA								
3D3				
3D8	
3DA	
3DC	
3DE	
3E0	
3E2	
3E4	
3E6	
3E8	
3EA	
3EC	
3EE	
3F0		
3F4		
3F7	
3F9		
3FD																																																			
439	
450		
453	
457	
45C			
460	
462	
464	
466	
468	
46A	
46C	
46E	
470	
472	
474	
476			
47A	
47C	
47E	
480	
48A	
48C	
48E	
490	
492	
494	
496	
498	
49A	
49C	
49E	
4A0	
4A2	
4A4	
4A6	
4A8	
4AA	
4AC	
4AE	
4B0	
4B2	
4B4	
4B6	
4B8	
4BA	
4BC	
4BE	
4C0				
4C5	
4C7	
4C9	
4CB	
4CD	
4D0					
4D6			
4DA							
4E2							
4EA													
4F8			
4FC	
4FE	
500	
502	
504	
506	
508	
50A	
50C	
50E	
510	
512	
514	
516	
518	
51A	
51C	
51E	
520	
522	
524	
526	
528	
52A	
52C	
52E	
531																																						
587	
10A0																																						
10C7	
10CD	
13A0																																																																																						
1C90																																											
1CBD			
1E00																																																																																																																																																												
1E9E	
1EA0																																																																																											
1EFC	
1EFE	
1F00																						
1F18						
1F20																																						
1F48						
1F50								
1F59	
1F5B	
1F5D	
1F5F																															
1F80																																																					
1FB6							
1FC1				
1FC6							
1FD0				
1FD6						
1FE0															
1FF2			
1FF6							
2126	
212A		
2132	
2160																
2183	
2260	
226E		
24B6																										
2C00																																																
2C60	
2C62			
2C67	
2C69	
2C6B	
2C6D				
2C72	
2C75	
2C7E			
2C82	
2C84	
2C86	
2C88	
2C8A	
2C8C	
2C8E	
2C90	
2C92	
2C94	
2C96	
2C98	
2C9A	
2C9C	
2C9E	
2CA0	
2CA2	
2CA4	
2CA6	
2CA8	
2CAA	
2CAC	
2CAE	
2CB0	
2CB2	
2CB4	
2CB6	
2CB8	
2CBA	
2CBC	
2CBE	
2CC0	
2CC2	
2CC4	
2CC6	
2CC8	
2CCA	
2CCC	
2CCE	
2CD0	
2CD2	
2CD4	
2CD6	
2CD8	
2CDA	
2CDC	
2CDE	
2CE0	
2CE2	
2CEB	
2CED	
2CF2	
A640	
A642	
A644	
A646	
A648	
A64A	
A64C	
A64E	
A650	
A652	
A654	
A656	
A658	
A65A	
A65C	
A65E	
A660	
A662	
A664	
A666	
A668	
A66A	
A66C	
A680	
A682	
A684	
A686	
A688	
A68A	
A68C	
A68E	
A690	
A692	
A694	
A696	
A698	
A69A	
A722	
A724	
A726	
A728	
A72A	
A72C	
A72E	
A732	
A734	
A736	
A738	
A73A	
A73C	
A73E	
A740	
A742	
A744	
A746	
A748	
A74A	
A74C	
A74E	
A750	
A752	
A754	
A756	
A758	
A75A	
A75C	
A75E	
A760	
A762	
A764	
A766	
A768	
A76A	
A76C	
A76E	
A779	
A77B	
A77D		
A780	
A782	
A784	
A786	
A78B	
A78D	
A790	
A792	
A796	
A798	
A79A	
A79C	
A79E	
A7A0	
A7A2	
A7A4	
A7A6	
A7A8	
A7AA					
A7B0					
A7B6	
A7B8	
A7BA	
A7BC	
A7BE	
A7C0	
A7C2	
A7C4				
A7C9	
A7D0	
A7D6	
A7D8	
A7F5	
FB00							
FB13					
FF01																																																																																																																																																																																														
FFC2						
FFCA						
FFD2						
FFDA			
FFE0			
FFE4			
FFE8							
10400																																								
104B0																																				
10570											
1057C															
1058C							
10594		
10C80																																																			
118A0																																
16E40																																
1E900																																		
"""

    /// The letters folding takes every mark after away from (Latin, Greek, Cyrillic, and their folded forms).
    static let lowBases = """
1																																																																																																																																																																																																																																																																																																																																																																																																																																																																																																																																																																																									
23B			
23F																																																																																																																																																																																																																																																																																																																									
37A						
384							
38C	
38E																				
3A3																																																																																																																																																																																																																																																																																																																																																																													
1E00																																																																																																																																																												
1E9E	
1EA0																																																																																										
1F00																						
1F18						
1F20																																						
1F48						
1F50								
1F59	
1F5B	
1F5D	
1F5F																															
1F80																																																					
1FB6							
1FBE	
1FC1				
1FC6							
1FD0				
1FD6						
1FE0																
1FF2			
1FF6								
2126	
212A		
2260	
226E		
2C62	
2C64	
2C6D				
2C7E		
A78D	
A7AA					
A7B0			
A7C5	
FB00							
FF01																																																																																														
FFE0			
FFE4		
"""
}
