#!/usr/bin/env python3
"""Generate the "who asks" mail class: registration e-mails for the speakers' list of the
ASP23 plenary on cooperation (The Hague, 5 Dec 2024) whose difficulty is identifying the
participant (the delegation or organisation that speaks) from evidence, plus expected.tsv
(a careful Secretariat officer's reading of each mail).

Classes (column `class` of the summary, not of expected.tsv):
  1 shared domain   the Court's organs all write from icc-cpi.int
  2 forward         forwards by the plenary's own addresses / known forwarders / same organisation
  3 other names     cc lines, signatures, quotes, disclaimers naming other States
  4 own subject     "The Embassy of X presents...", "X souhaite...", display names, long forms
  5 group           statements on behalf of a group: the sender is the participant
  6 org / ambiguous NGOs and IGOs from their own domains or gmail; two plausible participants

Standard library only; deterministic (every random id is drawn from a generator seeded with
the file name).  The MIME/transport helpers are copied from the mail-dev set's
gen.py (/work/shared/data/mail-dev) (Received chains, Gmail delivery headers, client body shapes); all content is
new.  Run:  python3 gen.py   -- rewrites every *.eml and expected.tsv in this folder, checks
that each file parses and decodes, and prints a summary.
"""
import base64
import os
import quopri
import random
import textwrap
import uuid
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, QP, Charset
from email.header import Header
from email.utils import formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
MBOX = 'iccaspcoperation@gmail.com'
FRJ = 'juridique.la-haye-amba@diplomatie.gouv.fr'
ASP = 'asp@icc-cpi.int'


def TZ(hours):
    return timezone(timedelta(hours=hours))


CET, PST, UTC = TZ(1), TZ(-8), TZ(0)
DAYS = 'Mon Tue Wed Thu Fri Sat Sun'.split()
MONS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def T(s):
    return textwrap.dedent(s).strip('\n')


def cet(s):
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=CET)


def at(s, hours):
    """local wall-clock time s at UTC offset `hours`"""
    return datetime.strptime(s, '%Y-%m-%d %H:%M:%S').replace(tzinfo=TZ(hours))


def rfc(dt, pad=True, comment=None):
    off = int(dt.utcoffset().total_seconds() // 60)
    sign = '+' if off >= 0 else '-'
    off = abs(off)
    day = '%02d' % dt.day if pad else str(dt.day)
    s = '%s, %s %s %d %02d:%02d:%02d %s%02d%02d' % (
        DAYS[dt.weekday()], day, MONS[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, sign, off // 60, off % 60)
    if comment:
        s += ' (%s)' % comment
    return s


# ---------------------------------------------------------------- random ids
HEX = '0123456789abcdef'
HEXU = HEX.upper()
DIG = '0123456789'
LOW = 'abcdefghijklmnopqrstuvwxyz'
ALNUM = LOW + LOW.upper() + DIG
B64 = ALNUM + '+/'


def rid(rng, alphabet, n):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def hx(rng, lo=0x100, hi=0xffff):
    return '%x' % rng.randint(lo, hi)


def g2002(rng, pre='a05'):
    return '2002:%s:%s:%s:b0:%s:%s:%s' % (pre, hx(rng, 0x6000, 0x7fff), hx(rng),
                                          hx(rng, 0x100, 0xfff), hx(rng), hx(rng))


def ruuid(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ------------------------------------------------------------ header helpers
def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def latin1_ok(s):
    try:
        s.encode('iso-8859-1')
        return True
    except UnicodeEncodeError:
        return False


def cs_q(name):
    c = Charset(name)
    c.header_encoding = QP
    return c


def cs_b(name):
    c = Charset(name)
    c.header_encoding = BASE64
    return c


def fold(value, name_len, width=78):
    words = value.split(' ')
    lines, cur, limit = [], '', width - name_len - 2
    for w in words:
        if cur and len(cur) + 1 + len(w) > limit:
            lines.append(cur)
            cur, limit = w, width - 1
        else:
            cur = cur + ' ' + w if cur else w
    lines.append(cur)
    return '\n '.join(lines)


def enc_words(s, style, name):
    if style == 'outlook':
        cs = cs_q('iso-8859-1') if latin1_ok(s) else cs_b('utf-8')
        v = Header(s, cs, header_name=name).encode(maxlinelen=76, linesep='\n')
        return v.replace('=?utf-8?b?', '=?utf-8?B?').replace('=?iso-8859-1?q?', '=?iso-8859-1?Q?')
    if style in ('gmail', 'apple'):
        v = Header(s, cs_q('utf-8'), header_name=name).encode(maxlinelen=76, linesep='\n')
        return v.replace('=?utf-8?q?', '=?UTF-8?Q?' if style == 'gmail' else '=?utf-8?Q?')
    v = Header(s, cs_b('utf-8'), header_name=name).encode(maxlinelen=76, linesep='\n')
    return v.replace('=?utf-8?b?', '=?UTF-8?B?')


def h_text(s, style, name='Subject'):
    if is_ascii(s):
        return fold(s, len(name))
    return enc_words(s, style, name)


def h_addr1(name, addr, style):
    if not name:
        return addr
    if is_ascii(name):
        if style == 'outlook' and not name.startswith('"'):
            return '"%s" <%s>' % (name.replace('"', '\\"'), addr)
        return formataddr((name, addr))
    return '%s <%s>' % (enc_words(name, style, 'From'), addr)


def h_addrs(pairs, style):
    items = [h_addr1(n, a, style) for n, a in pairs]
    one = ', '.join(items)
    if len(one) < 70 and '\n' not in one:
        return one
    return ',\n\t'.join(items)


# --------------------------------------------------------------- body parts
def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
            .replace('"', '&quot;').replace('\u00a0', '&nbsp;'))


def pick_cs(text):
    return 'iso-8859-1' if latin1_ok(text) else 'utf-8'


def encode_body(text, charset, cte, html=False):
    data = text.encode(charset, 'xmlcharrefreplace' if html else 'strict')
    if cte == 'quoted-printable':
        return quopri.encodestring(data).decode('ascii')
    if cte == 'base64':
        return base64.encodebytes(data).decode('ascii')
    return data.decode(charset)


def leaf(ctype, text, charset, cte, style='std', params='', html=False, extra=()):
    body = encode_body(text, charset, cte, html)
    if style == 'apple':
        ct = '%s;\n\tcharset=%s%s' % (ctype, charset, params)
    elif style == 'bare':
        ct = '%s; charset=%s%s' % (ctype, charset, params)
    else:
        ct = '%s; charset="%s"%s' % (ctype, charset, params)
    hdrs = [('Content-Type', ct), ('Content-Transfer-Encoding', cte)] + list(extra)
    return hdrs, body


def multi(subtype, parts, boundary, preamble=None, params=''):
    b = ''
    if preamble:
        b += preamble + '\n\n'
    for hdrs, body in parts:
        b += '--%s\n' % boundary
        b += ''.join('%s: %s\n' % kv for kv in hdrs) + '\n'
        b += body if body.endswith('\n') else body + '\n'
        b += '\n'
    b += '--%s--\n' % boundary
    return [('Content-Type', 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))], b


def auto_cte(text):
    if is_ascii(text) and max(len(l) for l in text.split('\n')) <= 76:
        return '7bit'
    return 'quoted-printable'


# Body = list of segments:
#   ('text', str)                          own text
#   ('gquote', attribution, quoted)        Gmail-style "> " quote
#   ('ohdr', header_block, quoted)         Outlook-style header block + text
#   ('gfwd', header_block, text)           Gmail forward
#   ('afwd', header_block, text)           Apple Mail forward

def plain_of(segs):
    out = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            out.append(seg[1])
        elif k == 'gquote':
            q = '\n'.join(('> ' + l) if l else '>' for l in seg[2].split('\n'))
            out.append('\n' + seg[1] + '\n\n' + q)
        elif k == 'ohdr':
            out.append('\n' + seg[1] + '\n\n' + seg[2])
        elif k == 'gfwd':
            mk = seg[3] if len(seg) > 3 else '---------- Forwarded message ---------'
            out.append('\n' + mk + '\n' + seg[1] + '\n\n\n' + seg[2])
        elif k == 'afwd':
            mk = seg[3] if len(seg) > 3 else 'Begin forwarded message:'
            out.append('\n' + mk + '\n\n' + seg[1] + '\n\n' + seg[2])
        elif k == 'fwd':                      # marker line + header block + text
            out.append('\n' + seg[1] + '\n' + seg[2] + '\n\n' + seg[3])
    return '\n'.join(out).rstrip('\n') + '\n'


def g_lines(text):
    return '<br>\n'.join(esc(l) for l in text.split('\n'))


def gmail_html(segs):
    h = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            h.append('<div dir="ltr">' + g_lines(seg[1]) + '</div>')
        elif k == 'gquote':
            h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">' + esc(seg[1]) + '<br></div><blockquote '
                     'class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px '
                     'solid rgb(204,204,204);padding-left:1ex">' + g_lines(seg[2]) +
                     '</blockquote></div>')
        elif k == 'gfwd':
            mk = seg[3] if len(seg) > 3 else '---------- Forwarded message ---------'
            h.append('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" '
                     'class="gmail_attr">' + esc(mk) + '<br>\n' +
                     g_lines(seg[1]) + '<br></div><br><br>\n<div dir="ltr">' +
                     g_lines(seg[2]) + '</div></div>')
        else:
            raise ValueError(k)
    return '\n'.join(h) + '\n'


MSO_STYLE = T("""
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:11.0pt;
	font-family:"Aptos",sans-serif;
	mso-ligatures:standardcontextual;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#467886;
	text-decoration:underline;}
span.EmailStyle19
	{mso-style-type:personal-reply;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-size:10.0pt;
	mso-ligatures:none;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
""")


def mso_p(line):
    if not line.strip():
        return '<p class="MsoNormal"><o:p>&nbsp;</o:p></p>'
    return '<p class="MsoNormal">%s<o:p></o:p></p>' % esc(line)


def outlook_html(segs, charset, lang='EN-US'):
    h = []
    for seg in segs:
        k = seg[0]
        if k == 'text':
            h += [mso_p(l) for l in seg[1].split('\n')]
        elif k in ('ohdr', 'fwd'):
            h.append(mso_p(''))
            if k == 'fwd':
                h.append(mso_p(seg[1]))
                seg = ('ohdr', seg[2], seg[3])
            rows = []
            for l in seg[1].split('\n'):
                i = l.index(':')
                rows.append('<b>%s</b> %s' % (esc(l[:i + 1]), esc(l[i + 1:].strip())))
            h.append('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            h.append('<p class="MsoNormal">' + '<br>\n'.join(rows) + '<o:p></o:p></p>')
            h.append('</div>')
            h.append(mso_p(''))
            h += [mso_p(l) for l in seg[2].split('\n')]
        else:
            raise ValueError(k)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
            'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
            'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n%s\n</head>\n'
            '<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n'
            '<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % (charset, MSO_STYLE, lang, '\n'.join(h)))


def flowed(text, width=72):
    out = []
    for line in text.split('\n'):
        if len(line) <= width:
            out.append(line)
        else:
            parts = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
            out.append(' \n'.join(parts))
    return '\n'.join(out)


def make_pdf(lines, title):
    def pe(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = 'BT\n/F1 11 Tf\n15 TL\n60 780 Td\n' + ''.join('(%s) Tj T*\n' % pe(l) for l in lines) + 'ET\n'
    objs = [
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
        '<< /Length %d >>\nstream\n%sendstream' % (len(content), content),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
        "<< /Title (%s) /Producer (Microsoft: Print To PDF) /CreationDate (D:20241202103512+01'00') >>" % pe(title),
    ]
    out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out.encode('latin-1')))
        out += '%d 0 obj\n%s\nendobj\n' % (i, o)
    xref = len(out.encode('latin-1'))
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    out += ''.join('%010d 00000 n \n' % o for o in offs)
    out += 'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')


def render(spec, rng):
    """spec -> (content headers, body text)"""
    kind = spec[0]
    if kind == 'ohtml':                       # Outlook, HTML only, quoted-printable
        segs, lang = spec[1], spec[2]
        cs = spec[3] if len(spec) > 3 else pick_cs(plain_of(segs))
        return leaf('text/html', outlook_html(segs, cs, lang), cs, 'quoted-printable', html=True)
    if kind == 'oalt':                        # Outlook multipart/alternative
        segs, lang = spec[1], spec[2]
        txt = plain_of(segs)
        cs = pick_cs(txt)
        p1 = leaf('text/plain', txt, cs, 'quoted-printable')
        p2 = leaf('text/html', outlook_html(segs, cs, lang), cs, 'quoted-printable', html=True)
        b = '_000_%s%s_' % (rid(rng, HEXU + 'PRMB', 14), rid(rng, HEXU, 26))
        return multi('alternative', [p1, p2], b)
    if kind == 'galt':                        # Gmail multipart/alternative
        segs = spec[1]
        txt = plain_of(segs)
        p1 = leaf('text/plain', txt, 'UTF-8', auto_cte(txt))
        p2 = leaf('text/html', gmail_html(segs), 'UTF-8', 'quoted-printable', html=True)
        return multi('alternative', [p1, p2], '000000000000' + rid(rng, HEX, 16))
    if kind == 'yalt':                        # Yahoo multipart/alternative
        segs = spec[1]
        txt = plain_of(segs)
        p1 = leaf('text/plain', txt, 'UTF-8', 'quoted-printable')
        own = plain_of([x for x in segs if x[0] == 'text'])
        html = ('<html><head></head><body><div class="ydp3f2a1b9cyahoo-style-wrap" '
                'style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
                + ''.join('<div dir="ltr" data-setdir="false">%s</div>' % (esc(l) or '<br>')
                          for l in own.rstrip('\n').split('\n')) + '</div>')
        for x in segs:                        # Yahoo's own quote block for replies
            if x[0] == 'gquote':
                html += ('<div id="yahoo_quoted_%d" class="yahoo_quoted">\n<div style="font-family:\'Helvetica Neue\', '
                         'Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;">\n<div>%s</div>\n<div><br></div>'
                         '<div><br></div>\n<div><div dir="ltr">%s</div></div>\n</div>\n</div>'
                         % (rng.randint(10 ** 9, 10 ** 10), esc(x[1]), g_lines(x[2])))
        html += '</body></html>\n'
        p2 = leaf('text/html', html, 'UTF-8', 'quoted-printable', html=True)
        b = '----=_Part_%d_%d.%d' % (rng.randint(1000000, 9999999), rng.randint(10 ** 8, 10 ** 9),
                                      rng.randint(10 ** 12, 10 ** 13))
        return multi('alternative', [p1, p2], b)
    if kind == 'plain':                       # single text/plain part
        segs, charset, cte = spec[1], spec[2], spec[3]
        style = spec[4] if len(spec) > 4 else 'std'
        params = spec[5] if len(spec) > 5 else ''
        txt = plain_of(segs)
        if 'format=flowed' in params:
            txt = flowed(txt)
        return leaf('text/plain', txt, charset, cte, style=style, params=params)
    if kind == 'mixed':                       # inner spec + attachments
        inner = render(spec[1], rng)
        parts = [inner]
        for fname, data, ctype, disp_extra in spec[2]:
            b64 = base64.encodebytes(data).decode('ascii')
            parts.append(([('Content-Type', '%s; name="%s"' % (ctype, fname)),
                           ('Content-Description', fname),
                           ('Content-Disposition', 'attachment; filename="%s"; size=%d;%s'
                            % (fname, len(data), disp_extra)),
                           ('Content-Transfer-Encoding', 'base64')], b64))
        b = '_004_%s%s_' % (rid(rng, HEXU + 'PRMB', 14), rid(rng, HEXU, 26))
        return multi('mixed', parts, b)
    if kind == 'raw':                         # fully prepared (headers, body)
        return spec[1], spec[2]
    raise ValueError(kind)


# -------------------------------------------------------------- MTA profiles
def o365(region, rdns, ip, mbx, pod, sel='selector1'):
    return dict(kind='o365', host=region, rdns=rdns, ip=ip, mbx=mbx, pod=pod, sel=sel)


def exch(host, ip, internal, sel='mail', dmarc='QUARANTINE'):
    return dict(kind='exch', host=host, rdns=host, ip=ip, internal=internal, sel=sel, dmarc=dmarc)


def postfix(host, ip, client_ip, zone='CET', sel='default', dmarc='NONE'):
    return dict(kind='postfix', host=host, rdns=host, ip=ip, client_ip=client_ip, zone=zone,
                sel=sel, dmarc=dmarc)


def gsend(host, ip, sel='google', dmarc='NONE'):
    return dict(kind='google', host=host, rdns=host, ip=ip, sel=sel, dmarc=dmarc)


def yahoo(host, ip):
    return dict(kind='yahoo', host=host, rdns=host, ip=ip, sel='s2048', dmarc='REJECT')


GMAIL = gsend('mail-sor-f41.google.com', '209.85.220.41', sel='20230601', dmarc='NONE')


# ------------------------------------------------------------- the envelope
def esmtps_id(rng, st):
    return '%s-%s%ssi%d%s.%d.%s' % (rid(rng, HEX, 13), rid(rng, HEX, 3), rid(rng, LOW + DIG, 7),
                                    rng.randint(1000000, 9999999), rid(rng, LOW + DIG, 3),
                                    rng.randint(1, 190), st.strftime('%Y.%m.%d.%H.%M.%S'))


def mx_received(rng, mta, st, when=None):
    when = when or st
    if mta['kind'] == 'google':
        via, tls = 'SMTPS', '(Google Transport Security)'
    elif mta['kind'] == 'o365':
        via, tls = 'ESMTPS', '(version=TLS1_2 cipher=ECDHE-ECDSA-AES256-GCM-SHA384 bits=256/256)'
    else:
        via, tls = 'ESMTPS', '(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)'
    return ('from %s (%s. [%s])\n        by mx.google.com with %s id %s\n        for <%s>\n'
            '        %s;\n        %s' % (mta['host'], mta['rdns'], mta['ip'], via,
                                        esmtps_id(rng, when - timedelta(seconds=1)), MBOX, tls,
                                        rfc(when, comment='PST')))


def auth_lines(rng, mta, env, ddom, indent='       '):
    if mta['kind'] == 'google' and ddom == 'gmail.com':
        dm = '(p=NONE sp=QUARANTINE dis=NONE)'
    else:
        dm = '(p=%s sp=%s dis=NONE)' % (mta.get('dmarc', 'NONE'), mta.get('dmarc', 'NONE'))
    if env == '':
        return (indent + 'spf=pass (google.com: domain of postmaster@%s designates %s as permitted sender) '
                'smtp.helo=%s' % (mta['host'], mta['ip'], mta['host']))
    return (indent + 'dkim=pass header.i=@%s header.s=%s header.b=%s;\n' % (ddom, mta['sel'], rid(rng, ALNUM, 8)) +
            indent + 'spf=pass (google.com: domain of %s designates %s as permitted sender) '
            'smtp.mailfrom=%s;\n' % (env, mta['ip'], env) +
            indent + 'dmarc=pass %s header.from=%s' % (dm, ddom))


def sender_side(rng, mta, stamp, frm_addr):
    t = stamp - timedelta(seconds=1)
    k = mta['kind']
    if k == 'o365':
        fe = '%s:%s:%s:%s' % (hx(rng), hx(rng), hx(rng), hx(rng))
        name = '%s.%s.prod.outlook.com' % (mta['mbx'], mta['pod'])
        return ['from %s\n ([fe80::%s]) by %s\n ([fe80::%s%%%d]) with mapi id 15.20.8207.017; %s'
                % (name, fe, name, fe, rng.randint(3, 7), rfc(t.astimezone(UTC)))]
    if k == 'exch':
        a, b = rng.randint(2, 60), rng.randint(2, 250)
        return ['from EXMBX0%d.%s (10.%d.%d.%d) by %s\n (%s) with Microsoft SMTP Server (version=TLS1_2,\n'
                ' cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.1.2507.39; %s'
                % (rng.randint(1, 4), mta['internal'], a, b, rng.randint(2, 250), mta['host'], mta['ip'],
                   rfc(t.astimezone(mta.get('tz', CET))))]
    if k == 'postfix':
        return ['from [10.%d.%d.%d] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                % (rng.randint(1, 60), rng.randint(1, 250), rng.randint(2, 250), mta['client_ip'],
                   mta['host'], rid(rng, ALNUM, 12), rfc(t.astimezone(mta.get('tz', CET)), pad=False,
                                                          comment=mta['zone']))]
    if k == 'google':
        return ['by %s with SMTP id %s\n        for <%s>; %s'
                % (mta['host'], esmtps_id(rng, t.astimezone(PST)).split('si')[0] + 'so%d%s.%d'
                   % (rng.randint(1000000, 9999999), rid(rng, LOW, 3), rng.randint(1, 9)),
                   MBOX, rfc(t.astimezone(PST), comment='PST'))]
    if k == 'yahoo':
        return ['from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s'
                % (mta['host'], rfc(t.astimezone(UTC), pad=False))]
    raise ValueError(k)


def google_block(rng, m, stamp):
    st = stamp.astimezone(PST)
    ts = int(st.timestamp())
    mta = m['mta']
    env = m['env'] if m['env'] is not None else m['frm'][1]
    ddom = mta.get('dkim') or (env.split('@')[1] if '@' in env else mta['host'])
    H = [('Delivered-To', MBOX),
         ('Received', 'by %s with SMTP id %s%dcsp%d%s;\n        %s'
          % (g2002(rng), rid(rng, LOW, 2), rng.randint(1, 40), rng.randint(100000, 9999999),
             rid(rng, LOW, 3), rfc(st, pad=False, comment='PST'))),
         ('X-Google-Smtp-Source', 'AGHT+I' + rid(rng, ALNUM, 7) + rid(rng, B64, 51)),
         ('X-Received', 'by %s with SMTP id %s%dmr%d%s.%d.%d;\n        %s'
          % (g2002(rng, 'a17'), rid(rng, LOW, 1), rng.randint(1, 99), rng.randint(1000000, 99999999),
             rid(rng, LOW, 3), rng.randint(1, 40), ts * 1000 + rng.randint(0, 999), rfc(st, comment='PST'))),
         ('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n        d=google.com; s=arc-20240605;\n'
          '        b=%s' % (ts, rid(rng, B64, 64))),
         ('ARC-Message-Signature', 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20240605;\n'
          '        h=subject:date:message-id:to:from:dkim-signature;\n        bh=%s=;\n        b=%s'
          % (rid(rng, B64, 43), rid(rng, B64, 64))),
         ('ARC-Authentication-Results', 'i=1; mx.google.com;\n' + auth_lines(rng, mta, env, ddom)),
         ('Return-Path', '<%s>' % env),
         ('Received', mx_received(rng, mta, st)),
         ('Received-SPF', 'pass (google.com: domain of %s designates %s as permitted sender) client-ip=%s;'
          % (env or ('postmaster@' + mta['host']), mta['ip'], mta['ip'])),
         ('Authentication-Results', 'mx.google.com;\n' + auth_lines(rng, mta, env, ddom))]
    if env:
        H.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; '
                  'bh=%s=;\n\th=From:To:Subject:Date:Message-ID:MIME-Version:Content-Type;\n\tb=%s'
                  % (ddom, mta['sel'], ts - 2, rid(rng, B64, 43), rid(rng, B64, 72))))
    if m['forged']:
        H.append(('Received', m['forged']))
    if m['lower'] is not None:
        H += [('Received', v) for v in m['lower']]
    else:
        H += [('Received', v) for v in sender_side(rng, mta, stamp, m['frm'][1])]
    return H


# ------------------------------------------------------------ client styles
STYLE = {'o365': 'outlook', 'exch': 'outlook', 'osmtp': 'outlook', 'gmail': 'gmail', 'gws': 'gmail',
         'apple': 'apple', 'iphone': 'apple', 'tbird': 'other', 'roundcube': 'other', 'zimbra': 'other',
         'notes': 'other', 'yahoo': 'other', 'daemon': 'other', 'bulk': 'other'}


def make_mid(rng, client, m, date):
    dom = m['frm'][1].split('@')[1]
    if client == 'o365':
        mb, pod = m['mta']['mbx'], m['mta']['pod']
        return '<%s%s@%s.%s.prod.outlook.com>' % (mb, rid(rng, HEXU, 28), mb, pod)
    if client == 'exch':
        return '<%s@%s>' % (rid(rng, HEX, 32), dom)
    if client == 'osmtp':
        return '<000001db%s$%s$%s$@%s>' % (rid(rng, HEX, 4), rid(rng, HEX, 8), rid(rng, HEX, 8), dom)
    if client in ('gmail', 'gws'):
        return '<CA%s%s@mail.gmail.com>' % (rng.choice('BDEFGHJKLM'), rid(rng, ALNUM + '_=-+', 50))
    if client in ('apple', 'iphone'):
        return '<%s@%s>' % (ruuid(rng).upper(), dom)
    if client == 'tbird':
        return '<%s@%s>' % (ruuid(rng), dom)
    if client == 'roundcube':
        return '<%s@%s>' % (rid(rng, HEX, 32), dom)
    if client == 'zimbra':
        return '<%d.%d.%d.JavaMail.zimbra@%s>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 5, 10 ** 6),
                                                  int(date.timestamp() * 1000), dom)
    if client == 'notes':
        return '<OF%s.%s-ONC1258BE%s.%s-C1258BE%s.%s@%s>' % (rid(rng, HEXU, 8), rid(rng, HEXU, 8),
                                                            rid(rng, HEXU, 1), rid(rng, HEXU, 8),
                                                            rid(rng, HEXU, 1), rid(rng, HEXU, 8), dom)
    if client == 'yahoo':
        return '<%d.%d.%d@mail.yahoo.com>' % (rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 6, 10 ** 7),
                                               int(date.timestamp() * 1000))
    return '<%s.%s@%s>' % (date.strftime('%Y%m%d%H%M%S'), rid(rng, HEXU, 10), dom)


def client_extras(rng, client, m):
    lang = m.get('clang') or {'en': 'en-US', 'fr': 'fr-FR', 'es': 'es-ES', 'pt': 'pt-PT'}.get(m['lang'][:2], 'en-US')
    ti = 'AQHb' + rid(rng, B64, 28) + '=='
    if client in ('o365', 'exch'):
        topic = m['subject']
        for p in ('RE: ', 'RE : ', 'TR : ', 'WG: ', 'FW: ', 'Re: ', 'Fwd: '):
            if topic.startswith(p):
                topic = topic[len(p):]
        return [('Thread-Topic', h_text(topic, 'outlook', 'Thread-Topic')), ('Thread-Index', ti),
                ('Accept-Language', '%s, en-US' % lang if lang != 'en-US' else 'en-US'),
                ('Content-Language', lang), ('X-MS-Has-Attach', 'yes' if m['attach'] else ''),
                ('X-MS-TNEF-Correlator', '')]
    if client == 'osmtp':
        return [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'Adt' + rid(rng, B64, 25) + '=='),
                ('Content-Language', lang)]
    if client == 'apple':
        return [('X-Mailer', 'Apple Mail (2.3826.300.87.4.3)')]
    if client == 'iphone':
        return [('X-Mailer', 'iPhone Mail (22B91)')]
    if client == 'tbird':
        return [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', lang)]
    if client == 'roundcube':
        return [('User-Agent', 'Roundcube Webmail/1.6.6')]
    if client == 'zimbra':
        return [('X-Mailer', 'Zimbra 9.0.0_GA_4583 (ZimbraWebClient - GC131 (Win)/9.0.0_GA_4583)'),
                ('Thread-Index', 'Ad' + rid(rng, B64, 14) + '=')]
    if client == 'notes':
        return [('X-Mailer', 'HCL Notes Release 12.0.2 November 03, 2022'),
                ('X-MIMETrack', m.get('notes_track') or 'Serialize by Router on SMTP01/MFA(Release 12.0.2FP2|August 2023) at\n'
                 ' 02/12/2024 10:40:04')]
    if client == 'yahoo':
        return [('X-Mailer', 'WebService/1.1.23040 YMailNorrin')]
    return []


def mime_version(client):
    if client == 'apple':
        return '1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))'
    if client == 'iphone':
        return '1.0 (1.0)'
    return '1.0'


MAILS = []


def M(n, slug, lang, stamp, frm, to, subject, client, mta, body, exp, cc=(), tzh=1.0, date=None,
      delay=None, env=None, extra=(), eol='crlf', mid=None, forged=None, lower=None, attach=False,
      clang=None, desc='', cls=0, notes_track=None):
    MAILS.append(dict(locals()))


def build(m):
    fn = '%02d_%s.eml' % (m['n'], m['slug'])
    rng = random.Random(fn)
    client = m['client']
    style = STYLE[client]
    stamp = cet(m['stamp']) if m['stamp'] else None
    if m['date'] is not None:
        date = m['date']
    else:
        delay = m['delay'] if m['delay'] is not None else rng.randint(2, 7)
        date = (stamp - timedelta(seconds=delay)).astimezone(UTC if client == 'o365' else TZ(m['tzh']))
    pad_date = style in ('outlook', 'other')
    H = []
    if stamp is not None:
        H += google_block(rng, m, stamp)
    frm = m['frm']
    if client == 'daemon':
        H.append(('From', '%s (%s)' % (frm[1], frm[0])))
    else:
        H.append(('From', h_addr1(frm[0], frm[1], style)))
    H.append(('To', h_addrs(m['to'], style)))
    if m['cc']:
        H.append(('CC' if style == 'outlook' else 'Cc', h_addrs(m['cc'], style)))
    H.append(('Subject', h_text(m['subject'], style)))
    zone = {'daemon': ' (WAT)'}.get(client, '')
    H.append(('Date', rfc(date, pad=pad_date) + zone))
    mid = m['mid'] or make_mid(rng, client, m, date)
    m['_mid'] = mid
    H.append(('Message-ID' if style != 'apple' else 'Message-Id', mid))
    H += client_extras(rng, client, m)
    H += list(m['extra'])
    H.append(('MIME-Version', mime_version(client)))
    chdrs, body = render(m['body'], rng)
    if chdrs[0][1].startswith('multipart/'):
        chdrs = [chdrs[0]]
    H += chdrs
    raw = ''.join('%s: %s\n' % kv for kv in H) + '\n' + body
    if m['eol'] == 'crlf':
        raw = raw.replace('\r\n', '\n').replace('\n', '\r\n')
    with open(os.path.join(HERE, fn), 'wb') as f:
        f.write(raw.encode('utf-8'))
    return fn




# ====================================================================== common
SEN = 'ambasenhaye@gmail.com'
NB = '\u00a0'
CLASSES = {1: 'shared domain (icc-cpi.int)', 2: 'forward', 3: 'copy lines / other names',
           4: "text's own subject", 5: 'group statement', 6: 'NGO / IGO / two plausible'}


def W(slug, lang, cls, stamp, frm, subject, client, mta, body, exp, to=None, cc='frj', **kw):
    """one mail; lang = language of the request itself (en/fr/es/pt)"""
    if cc == 'frj':
        cc = [(None, FRJ)]
    M(len(MAILS) + 1, slug, lang, stamp, frm, to or [(None, MBOX)], subject, client, mta, body, exp,
      cc=cc or (), cls=cls, **kw)


def block(labels, frm, sent, to, subj, cc=None, sep=': '):
    lf, ls, lt, lc, lsub = labels
    rows = [lf + sep + frm, ls + sep + sent, lt + sep + to]
    if cc:
        rows.append(lc + sep + cc)
    rows.append(lsub + sep + subj)
    return '\n'.join(rows)


def en_block(*a, **k):
    return block(('From', 'Sent', 'To', 'Cc', 'Subject'), *a, **k)


def fr_block(*a, **k):
    return block(('De', 'Envoyé', 'À', 'Cc', 'Objet'), *a, sep=NB + ': ', **k)


def es_block(*a, **k):
    return block(('De', 'Enviado el', 'Para', 'CC', 'Asunto'), *a, **k)


def pt_block(*a, **k):
    return block(('De', 'Enviada em', 'Para', 'Cc', 'Assunto'), *a, **k)


def de_block(*a, **k):
    return block(('Von', 'Gesendet', 'An', 'Cc', 'Betreff'), *a, **k)


# the Court's Outlook tenant
ICC = dict(region='EUR02-AM0-obe.outbound.protection.outlook.com',
           rdns='mail-am0eur02on2102.outbound.protection.outlook.com', ip='40.107.247.102')


def icc(mbx):
    return o365(ICC['region'], ICC['rdns'], ICC['ip'], mbx, 'eurprd02')


FRJ_EXCH = exch('smtp-out.diplomatie.gouv.fr', '193.51.190.47', 'diplomatie.local', sel='dipl2024', dmarc='REJECT')
FRJ_PF = dict(postfix('mx-out.diplomatie.gouv.fr', '193.51.190.45', '10.20.4.31'), sel='dipl2024', dmarc='REJECT')
OUTLOOK_COM = o365('EUR04-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur04olkn2051.outbound.protection.outlook.com',
                   '40.92.75.51', 'PAXP193MB1775', 'EURP193', sel='selector1')

# the co-chairs' reminder (quoted under some replies); bilingual, signed by France and Senegal
COCHAIRS_SUBJ = 'Plenary on cooperation (5 Dec.) - reminder / Plénière sur la coopération (5 déc.) - rappel'
COCHAIRS_MID = '<CAFq7r2Lw0xN9kH3e1TzQmB8vYp4dJs6cRg5uXa2oWn7iEk3hVg@mail.gmail.com>'
COCHAIRS = T("""
Excellencies, dear colleagues,

As co-facilitators for cooperation, we are pleased to remind you that the plenary session on cooperation of the twenty-third session of the Assembly will take place on Thursday 5 December 2024, from 15:00 to 17:00.

Segment I, "Cooperation is vital for the Court", will gather high-level political statements. Segment II, "How can States Parties strengthen their support to the Court with existing tools?", will focus on technical contributions: the ratification of the APIC, the Court's cooperation tools, and support to the tracking of persons subject to arrest warrants.

Delegations wishing to speak are kindly requested to write to iccaspcoperation@gmail.com, copying juridique.la-haye-amba@diplomatie.gouv.fr, indicating the segment and the name and title of the speaker, before Wednesday 4 December 2024 in the evening. Each intervention is limited to two minutes, and each delegation may take the floor only once.

Excellences, chers collègues,

En notre qualité de co-facilitateurs pour la coopération, nous avons le plaisir de vous rappeler que la séance plénière sur la coopération se tiendra le jeudi 5 décembre 2024, de 15 h à 17 h : segment I « La coopération est vitale pour la Cour » (déclarations politiques de haut niveau) et segment II « Comment les États Parties peuvent-ils renforcer leur soutien à la Cour avec les outils existants ? » (interventions techniques). Inscriptions avant le mercredi 4 décembre au soir, en précisant le segment et l'orateur.

The Ambassador of the French Republic to the Kingdom of the Netherlands
The Ambassador of the Republic of Senegal to the Kingdom of the Netherlands
Co-facilitators for cooperation / Co-facilitateurs pour la coopération
""")
COCHAIRS_REPLY = [('References', COCHAIRS_MID), ('In-Reply-To', COCHAIRS_MID)]


# ============================================ class 1: shared domain icc-cpi.int
W('icc-presidency-assistant', 'en', 1, '2024-11-25 14:08:51',
  ('Lindqvist, Marta', 'Marta.Lindqvist@icc-cpi.int'),
  'Request for the floor - President of the Court - cooperation plenary (Segment I)',
  'o365', icc('AM9PR02MB6611'),
  ('oalt', [('text', T("""
Dear colleagues,

I am writing from the Presidency of the International Criminal Court.

The President of the Court, Judge Renata Kowalczyk-Almeida, would be grateful to deliver brief remarks in Segment I ("Cooperation is vital for the Court") of the plenary on cooperation on Thursday 5 December. Could the Presidency please be placed on the list of speakers for that segment?

Many thanks in advance, and do not hesitate to contact me for any logistical question.

Kind regards,

Marta Lindqvist
Special Assistant to the President
Presidency | International Criminal Court
Oude Waalsdorperweg 10, 2597 AK The Hague, The Netherlands
"""))], 'EN-GB'),
  ('INSCRIBE', 'Presidency', 'I', 'Judge Renata Kowalczyk-Almeida',
   "personal icc-cpi.int address (display 'Lindqvist, Marta'); the organ is named only in the text ('from the Presidency') and signature"),
  clang='en-GB')

W('icc-otp-jccd-fr', 'fr', 1, '2024-11-27 10:41:09',
  ('Dupont-Mbeki Claire', 'Claire.Dupont-Mbeki@icc-cpi.int'),
  'Plénière sur la coopération – Bureau du Procureur – segment II',
  'o365', icc('DB9PR02MB7710'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Le Bureau du Procureur de la Cour pénale internationale souhaite s'inscrire sur la liste des orateurs du segment II de la séance plénière sur la coopération (« Comment les États Parties peuvent-ils renforcer leur soutien à la Cour avec les outils existants ? »), en particulier sur la question du pistage des personnes faisant l'objet d'un mandat d'arrêt.

Le Bureau sera représenté par M. Yannick Obiang-Lefèvre, Chef de la Section de la coopération internationale.

Je vous remercie par avance de votre confirmation.

Bien cordialement,

Claire Dupont-Mbeki
Conseillère en coopération internationale
Division de la compétence, de la complémentarité et de la coopération (JCCD)
Bureau du Procureur | Cour pénale internationale
"""))], 'FR-FR'),
  ('INSCRIBE', 'Office of the Prosecutor', 'II', 'M. Yannick Obiang-Lefèvre',
   "personal icc-cpi.int address; the organ is named in French ('Bureau du Procureur') in the text and signature"),
  clang='fr-FR')

W('icc-registry-secretaria-es', 'es', 1, '2024-11-28 16:19:33',
  ('Benavides Soto, Lucía', 'Lucia.Benavides@icc-cpi.int'),
  'Inscripción – Secretaría de la Corte – sesión plenaria sobre cooperación (Segmento II)',
  'o365', icc('PA4PR02MB6873'),
  ('ohtml', [('text', T("""
Estimados colegas de la Secretaría de la Asamblea:

Por medio del presente, la Secretaría de la Corte Penal Internacional (Registry) solicita su inscripción en la lista de oradores del Segmento II de la sesión plenaria sobre cooperación del 5 de diciembre de 2024.

La Secretaría estará representada por el Secretario Adjunto, Sr. Mateo Ilunga Rivas, quien se referirá a las herramientas de cooperación a disposición de los Estados Partes (acuerdos voluntarios de reubicación de testigos, de libertad provisional y de ejecución de penas).

Quedamos atentos a su confirmación.

Atentamente,

Lucía Benavides Soto
Oficial de Relaciones Exteriores y Cooperación con los Estados
Secretaría | Corte Penal Internacional
"""))], 'ES'),
  ('INSCRIBE', 'Registry', 'II', 'Sr. Mateo Ilunga Rivas',
   "Spanish 'Secretaría de la Corte' = the Registry, not the ASP Secretariat (addressed as 'Secretaría de la Asamblea'); icc-cpi.int personal address; Outlook HTML-only QP"),
  clang='es-ES')

W('icc-tfv-board', 'en', 1, '2024-11-26 09:27:45',
  ('TFV Board Secretariat', 'tfv.board@icc-cpi.int'),
  'ASP23 cooperation plenary - Chair of the TFV Board of Directors',
  'o365', icc('AS8PR02MB8842'),
  ('oalt', [('text', T("""
Dear Co-Chairs,

The Board of Directors of the Trust Fund for Victims wishes to take the floor in Segment I, "Cooperation is vital for the Court", of the plenary on cooperation on 5 December 2024.

The Trust Fund for Victims will be represented by the Chair of its Board of Directors, Ms. Aminata Touré-Bakayoko.

For your information, the Fund is established under article 79 of the Rome Statute; the Registry provides administrative support to its Secretariat, but the Fund's request is made in its own name.

With kind regards,

Secretariat of the Board of Directors
Trust Fund for Victims | International Criminal Court
"""))], 'EN-GB'),
  ('INSCRIBE', 'Trust Fund for Victims', 'I', 'Ms. Aminata Touré-Bakayoko',
   "icc-cpi.int functional address tfv.board@; text also names the Registry and 'its Secretariat'"),
  clang='en-GB')

W('icc-asp-bureau-president', 'en', 1, '2024-11-29 11:52:20',
  ('ASP Secretariat', ASP),
  'Statement by the President of the Assembly - Segment I',
  'o365', icc('AS8PR02MB10217'),
  ('oalt', [('text', T("""
Dear Co-Chairs,

The President of the Assembly of States Parties has asked the Secretariat to convey that, on behalf of the Bureau, she would like to make a short statement in Segment I ("Cooperation is vital for the Court") of the plenary on cooperation.

Kindly inscribe the Bureau of the Assembly on the list of speakers for Segment I. The statement will be delivered by H.E. Ms. Ingrid Halvorsen-Mbeki, President of the Assembly of States Parties.

With kind regards,

Secretariat of the Assembly of States Parties
International Criminal Court
"""))], 'EN-GB'),
  ('INSCRIBE', 'Bureau', 'I', 'H.E. Ms. Ingrid Halvorsen-Mbeki',
   "sent from asp@icc-cpi.int (the ASP Secretariat, a known forwarder) but it is no forward: the participant is the Bureau (its President), not the ASP Secretariat nor the Court's Presidency"),
  clang='en-GB')

W('icc-unspecific-court', 'en', 1, '2024-12-02 15:33:02',
  ('ICC External Relations', 'ext.relations@icc-cpi.int'),
  'Cooperation plenary - Segment I',
  'o365', icc('DU2PR02MB9903'),
  ('oalt', [('text', T("""
Dear colleagues,

The International Criminal Court would like to take the floor in Segment I of the cooperation plenary on 5 December. The Court will be represented by a senior official; we will confirm the name early next week.

Best regards,

External Relations
International Criminal Court
"""))], 'EN-GB'),
  ('HOLD', '-', 'I', '-',
   "icc-cpi.int address and text say only 'the Court': no organ named (Presidency, Prosecutor, Registry?) and no speaker; the shared domain alone identifies nobody"),
  clang='en-GB')

W('icc-unspecific-cour-fr', 'fr', 1, '2024-12-03 09:48:17',
  ('Moreau Julien', 'Julien.Moreau@icc-cpi.int'),
  'Inscription segment II',
  'o365', icc('AM8PR02MB7384'),
  ('plain', [('text', T("""
Bonjour,

Nous souhaiterions inscrire notre chef de section, M. Thierry Mabiala Nkounkou, sur la liste des orateurs du segment II (outils existants), pour une présentation de deux minutes sur le traitement des demandes de coopération et d'assistance judiciaire.

Merci d'avance,

Julien Moreau
Cour pénale internationale
La Haye
"""))], 'iso-8859-1', 'quoted-printable'),
  ('HOLD', '-', 'II', 'M. Thierry Mabiala Nkounkou',
   "personal icc-cpi.int address, signature says only 'Cour pénale internationale'; 'notre chef de section' does not identify the organ (requests for assistance are handled by both the OTP and the Registry)"),
  cc=(), clang='fr-FR')

W('icc-otp-gabinete-pt', 'pt', 1, '2024-11-28 13:06:44',
  ('Nunes, Ricardo', 'Ricardo.Nunes@icc-cpi.int'),
  'Plenária sobre cooperação – Gabinete do Procurador – Segmento II',
  'o365', icc('VI1PR02MB5521'),
  ('oalt', [('text', T("""
Exmos. Senhores,

Em nome do Gabinete do Procurador do Tribunal Penal Internacional, venho solicitar a inscrição do Gabinete na lista de oradores do Segmento II da sessão plenária sobre cooperação (5 de dezembro de 2024).

O Gabinete será representado pela Procuradora-Adjunta, Sra. Dra. Helena Vasconcelos Rocha, que abordará o apoio dos Estados Partes ao rastreio de pessoas objeto de mandados de detenção.

Com os melhores cumprimentos,

Ricardo Nunes
Assessor Jurídico
Gabinete do Procurador
Tribunal Penal Internacional | Cour pénale internationale
"""))], 'PT'),
  ('INSCRIBE', 'Office of the Prosecutor', 'II', 'Sra. Dra. Helena Vasconcelos Rocha',
   "Portuguese 'Gabinete do Procurador' = Office of the Prosecutor; personal icc-cpi.int address"),
  clang='pt-PT')

W('icc-registry-mentions-otp', 'en', 1, '2024-12-02 10:14:38',
  ('Achterberg, Sanne', 'Sanne.Achterberg@icc-cpi.int'),
  'Segment II - request for a slot',
  'o365', icc('PAXPR02MB8150'),
  ('oalt', [('text', T("""
Dear Secretariat,

Further to the co-chairs' invitation, the Registry would like to request a slot in Segment II. The Registry's intervention will present the new tracking and arrest support function, which works hand in hand with the Office of the Prosecutor's tracking team and with national focal points.

Speaker: Mr. Osagie Ehigiator-Lund, Director, Division of External Operations.

For the avoidance of doubt: the Office of the Prosecutor will register separately.

Kind regards,
Sanne Achterberg
Associate External Relations Officer
External Operations Support Section
Division of External Operations, Registry
International Criminal Court
"""))], 'EN-US'),
  ('INSCRIBE', 'Registry', 'II', 'Mr. Osagie Ehigiator-Lund',
   "text names the Office of the Prosecutor twice (a partner, and 'will register separately'); the participant is the Registry; neutral subject"),
  clang='en-US')

W('icc-tfv-fonds-fr', 'fr', 1, '2024-11-29 16:55:12',
  ('Kaboré Nathalie', 'Nathalie.Kabore@icc-cpi.int'),
  'FPV – demande de prise de parole – plénière coopération',
  'o365', icc('AS8PR02MB9120'),
  ('ohtml', [('text', T("""
Chers collègues,

Le Fonds au profit des victimes (FPV) auprès de la Cour pénale internationale souhaite intervenir lors du segment II de la séance plénière sur la coopération, afin de présenter la manière dont les États Parties peuvent soutenir la mise en œuvre des ordonnances de réparation, notamment par le gel et la saisie des avoirs des personnes condamnées.

Le Fonds sera représenté par M. Éric Ngarambe-Sauvé, Directeur exécutif par intérim.

Je vous remercie de bien vouloir nous confirmer cette inscription.

Cordialement,

Nathalie Kaboré
Chargée des relations extérieures
Secrétariat du Fonds au profit des victimes
Cour pénale internationale
"""))], 'FR-FR'),
  ('INSCRIBE', 'Trust Fund for Victims', 'II', 'M. Éric Ngarambe-Sauvé',
   "TFV named only in French ('Fonds au profit des victimes', 'FPV'); personal icc-cpi.int address; 'Secrétariat du Fonds' in the signature; Outlook HTML-only"),
  clang='fr-FR')

W('icc-two-organs', 'en', 1, '2024-12-03 14:21:56',
  ('Okonkwo, Chidi', 'Chidi.Okonkwo@icc-cpi.int'),
  'Joint Presidency/Registry intervention - Segment I?',
  'o365', icc('DB8PR02MB6034'),
  ('oalt', [('text', T("""
Dear colleagues,

The Presidency and the Registry would like to deliver a joint intervention in Segment I of the plenary on cooperation, given the close link between the Presidency's external relations role and the Registry's cooperation work. The joint intervention would be delivered by the Registrar, Mr. Pieter-Jan Dewaele, with opening words by the Second Vice-President.

Could you please let us know whether this is possible within a single two-minute slot?

Best,
Chidi Okonkwo
Presidency / Registry Liaison
International Criminal Court
"""))], 'EN-GB'),
  ('HOLD', '-', 'I', '-',
   'one slot asked for two organs (Presidency and Registry) with two speakers, phrased as a question; icc-cpi.int address of a liaison officer'),
  clang='en-GB')

W('icc-presidencia-es', 'es', 1, '2024-11-27 17:03:29',
  ('Alvarado Quesada, Rodrigo', 'Rodrigo.Alvarado@icc-cpi.int'),
  'Presidencia de la Corte – Segmento I',
  'o365', icc('AM0PR02MB5590'),
  ('oalt', [('text', T("""
Estimados señores:

Me complace informarles que la Presidencia de la Corte Penal Internacional desea intervenir en el Segmento I ("La cooperación es vital para la Corte") de la sesión plenaria sobre cooperación.

La Presidencia estará representada por la Vicepresidenta Segunda de la Corte, Magistrada Beatriz Quintanilla Ferrer.

Les agradeceré tomar nota de que esta solicitud se hace en nombre de la Presidencia de la Corte y no de la Presidencia de la Asamblea.

Atentamente,

Rodrigo Alvarado Quesada
Asesor Jurídico
Presidencia | Corte Penal Internacional
"""))], 'ES'),
  ('INSCRIBE', 'Presidency', 'I', 'Magistrada Beatriz Quintanilla Ferrer',
   "Spanish; both 'Presidencia de la Corte' (the participant) and 'Presidencia de la Asamblea' are named; personal icc-cpi.int address"),
  clang='es-ES')

W('icc-asp-secretariat-itself', 'en', 1, '2024-11-26 16:40:03',
  ('Van der Berg, Eline', 'Eline.vanderBerg@icc-cpi.int'),
  'Segment II - presentation of the cooperation focal points compilation',
  'o365', icc('AS8PR02MB10217'),
  ('oalt', [('text', T("""
Dear co-chairs,

As discussed at the last meeting of The Hague Working Group facilitation on cooperation, the Secretariat of the Assembly of States Parties would like to take the floor briefly in Segment II to present the updated online compilation of national cooperation focal points and the ASP cooperation webpage.

The Secretariat will be represented by its Director, Mr. Samuel Adeyinka-Roos.

Please inscribe the ASP Secretariat for Segment II.

Best regards,

Eline van der Berg
Legal Officer
Secretariat of the Assembly of States Parties
International Criminal Court
"""))], 'EN-GB'),
  ('INSCRIBE', 'ASP Secretariat', 'II', 'Mr. Samuel Adeyinka-Roos',
   "the ASP Secretariat itself is the participant, writing from a personal icc-cpi.int address (not asp@); text names The Hague Working Group (a Bureau body)"),
  clang='en-GB')

# ============================================================ class 2: forwards
W('frj-fwd-ghana', 'en', 2, '2024-12-02 14:37:26',
  ('JURIDIQUE - LA HAYE - AMBA', FRJ),
  'TR : Ghana – Registration – Plenary on Cooperation',
  'exch', FRJ_EXCH,
  ('oalt', [('text', T("""
Bonjour,

Nous vous transférons ci-dessous la demande d'inscription de la délégation du Ghana, reçue uniquement sur notre adresse.

Bien cordialement,

Service juridique
Ambassade de France aux Pays-Bas
Anna Paulownastraat 76 – 2518 BJ La Haye
""")), ('ohdr', fr_block('Embassy of Ghana - The Hague <legal.thehague@mfa.gov.gh>',
                           'lundi 2 décembre 2024 11:48', FRJ,
                           'Ghana – Registration – Plenary on Cooperation'), T("""
Dear Sir/Madam,

The Embassy of the Republic of Ghana in The Hague wishes to register Ghana on the list of speakers for Segment I of the plenary on cooperation on 5 December 2024.

Ghana will be represented by H.E. Mrs. Abena Owusu-Darko, Ambassador and Permanent Representative to the ICC.

Yours faithfully,

Kwesi Boateng
Minister-Counsellor
Embassy of the Republic of Ghana, The Hague
"""))], 'FR'),
  ('INSCRIBE', 'GHA', 'I', 'H.E. Mrs. Abena Owusu-Darko',
   "forward by the French legal service (Outlook, French De :/Envoyé : block with U+00A0, no marker line); participant is the original sender (Ghana), not France"),
  cc=(), clang='fr-FR')

W('sen-gmail-fwd-benin', 'fr', 2, '2024-11-28 09:14:50',
  ('Ambassade du Sénégal à La Haye', SEN),
  "Fwd: Demande d'inscription du Bénin – plénière coopération",
  'gmail', GMAIL,
  ('galt', [('text', T("""
Chers collègues,

Ci-dessous, pour enregistrement, la demande du Bénin qui nous a été adressée en notre qualité de co-président.

Cordialement,
Mame Diarra Sow
Deuxième Conseiller
Ambassade de la République du Sénégal à La Haye
""")), ('gfwd', T("""
De : Ambassade du Bénin Benelux <ambabenin.benelux@gouv.bj>
Date: mer. 27 nov. 2024 à 17:22
Subject: Demande d'inscription du Bénin – plénière coopération
To: <ambasenhaye@gmail.com>
"""), T("""
Excellence,

L'Ambassade de la République du Bénin auprès du Royaume de Belgique, accréditée auprès du Royaume des Pays-Bas, a l'honneur de solliciter l'inscription du Bénin sur la liste des orateurs du segment II de la séance plénière sur la coopération du 5 décembre 2024.

L'orateur sera M. Rodrigue Houénou Adjovi, Premier Conseiller.

Veuillez agréer, Excellence, l'assurance de ma haute considération.

Ambassade de la République du Bénin – Bruxelles
"""), '---------- Message transféré ---------')]),
  ('INSCRIBE', 'BEN', 'II', 'M. Rodrigue Houénou Adjovi',
   "Gmail French forward ('Message transféré', mixed De :/Date:/Subject: labels) by the Senegalese co-chair's embassy gmail; participant Benin, not Senegal; Belgium and the Netherlands named as places of accreditation"))

W('asp-fwd-peru', 'es', 2, '2024-12-04 10:05:41',
  ('ASP Secretariat', ASP),
  'FW: Perú - Inscripción en la lista de oradores - Plenaria sobre cooperación',
  'o365', icc('AS8PR02MB10217'),
  ('oalt', [('text', T("""
Dear colleagues,

Forwarding for your action the request below from the delegation of Peru, received this morning in the ASP mailbox.

Kind regards,
Secretariat of the Assembly of States Parties
International Criminal Court
""")), ('ohdr', en_block('Embajada del Perú en los Países Bajos <embaperu.lahaya@rree.gob.pe>',
                           'Wednesday, December 4, 2024 9:12 AM', 'ASP Secretariat <asp@icc-cpi.int>',
                           'Perú - Inscripción en la lista de oradores - Plenaria sobre cooperación'), T("""
Señores Secretaría de la Asamblea de los Estados Partes:

La Embajada del Perú en el Reino de los Países Bajos tiene el agrado de solicitar la inscripción del Perú en la lista de oradores del Segmento I, "La cooperación es vital para la Corte", de la sesión plenaria sobre cooperación del 5 de diciembre.

El Perú estará representado por el Excmo. Sr. Embajador Luis Alberto Salazar Quispe.

Atentamente,

Sección Jurídica
Embajada del Perú en los Países Bajos
"""))], 'EN-GB'),
  ('INSCRIBE', 'PER', 'I', 'Excmo. Sr. Embajador Luis Alberto Salazar Quispe',
   "Outlook forward (English From:/Sent:/To:/Subject: block) by asp@icc-cpi.int: the ICC domain and the ASP Secretariat are only the forwarder; Spanish request; 'Países Bajos'"),
  clang='en-GB')

W('ury-assistant-fwd', 'es', 2, '2024-12-04 08:52:19',
  ('Secretaría - Embajada del Uruguay', 'secretaria.lahaya@mrree.gub.uy'),
  'RV: Plenaria sobre cooperación - Uruguay',
  'exch', exch('correo.mrree.gub.uy', '179.27.155.36', 'mrree.local'),
  ('oalt', [('text', T("""
Estimados:

Por indicación del Sr. Embajador, les reenvío el mensaje a continuación para la inscripción del Uruguay.

Saludos cordiales,

Valentina Sosa
Secretaría
Embajada de la República Oriental del Uruguay en los Países Bajos
""")), ('ohdr', es_block('Embajador Gonzalo Ferreira <gonzalo.ferreira@mrree.gub.uy>',
                           'martes, 3 de diciembre de 2024 18:40',
                           'Secretaría - Embajada del Uruguay <secretaria.lahaya@mrree.gub.uy>',
                           'Plenaria sobre cooperación - Uruguay',
                           cc='Natalia Pereyra <natalia.pereyra@mrree.gub.uy>'), T("""
Valentina:

Por favor enviar mañana a primera hora a la Secretaría (iccaspcoperation@gmail.com, con copia a la Embajada de Francia) la inscripción del Uruguay en el Segmento I de la plenaria sobre cooperación. Hablaré yo: Embajador Gonzalo Ferreira Viera.

Gracias,
G.F.
"""))], 'ES'),
  ('INSCRIBE', 'URY', 'I', 'Embajador Gonzalo Ferreira Viera',
   "forward within the same embassy (assistant forwards the ambassador's instruction; Spanish Outlook De:/Enviado el:/Para:/CC:/Asunto: block, 'RV:' prefix); 'Embajada de Francia' named as copy"),
  clang='es-UY')

W('aut-ministry-fwd-de', 'en', 2, '2024-12-02 10:03:37',
  ('Den Haag ÖB', 'denhaag-ob@bmeia.gv.at'),
  'WG: Austria - registration - cooperation plenary',
  'exch', exch('mx01.bmeia.gv.at', '194.232.104.21', 'bmeia.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Dear colleagues,

Please find below the registration of Austria, as instructed by our Ministry in Vienna.

Mit freundlichen Grüßen / Kind regards
Österreichische Botschaft Den Haag / Embassy of Austria, The Hague
""")), ('ohdr', de_block('Huber Stefan (BMEIA) <Stefan.Huber@bmeia.gv.at>',
                           'Montag, 2. Dezember 2024 09:14', 'Den Haag ÖB <denhaag-ob@bmeia.gv.at>',
                           'Austria - registration - cooperation plenary',
                           cc='Völkerrechtsbüro <abti5@bmeia.gv.at>'), T("""
Liebe Kolleginnen und Kollegen,

please forward the following to iccaspcoperation@gmail.com (cc juridique.la-haye-amba@diplomatie.gouv.fr):

"Austria would like to register for Segment II of the plenary on cooperation. Austria will be represented by Dr. Magdalena Wieser-Pichler, Deputy Legal Adviser, Federal Ministry for European and International Affairs."

Danke und Grüße
Stefan Huber
Völkerrechtsbüro
"""))], 'DE-AT'),
  ('INSCRIBE', 'AUT', 'II', 'Dr. Magdalena Wieser-Pichler',
   "forward within the same administration (German Von:/Gesendet:/An:/Cc:/Betreff: block, 'WG:'); the request is a quotation inside the ministry's instruction"),
  clang='de-AT')

W('frj-fwd-brasil-msg-origine', 'pt', 2, '2024-11-29 17:26:05',
  ('JURIDIQUE - LA HAYE - AMBA', FRJ),
  'TR: Brasil - pedido de inscrição - Segmento II',
  'exch', FRJ_EXCH,
  ('oalt', [('text', T("""
Bonjour,

Message reçu ce jour sur notre boîte ; nous vous le transmettons pour inscription.

Cordialement,
Service juridique – Ambassade de France à La Haye
""")), ('fwd', "-----Message d'origine-----",
         fr_block('Setor Jurídico - Embaixada do Brasil na Haia <dj.haia@itamaraty.gov.br>',
                  'vendredi 29 novembre 2024 16:02', FRJ, 'Brasil - pedido de inscrição - Segmento II'), T("""
Prezados Senhores,

A Embaixada do Brasil na Haia tem a honra de solicitar a inscrição do Brasil na lista de oradores do Segmento II da plenária sobre cooperação, no dia 5 de dezembro.

O Brasil será representado pelo Conselheiro Felipe Nogueira Barros, chefe do Setor Jurídico da Embaixada.

Atenciosamente,

Setor Jurídico
Embaixada do Brasil na Haia
"""))], 'FR'),
  ('INSCRIBE', 'BRA', 'II', 'Conselheiro Felipe Nogueira Barros',
   "forward by the French legal service with Outlook marker '-----Message d'origine-----' and French labels (U+00A0); Portuguese request"),
  clang='fr-FR')

W('sen-apple-fwd-djibouti', 'fr', 2, '2024-12-02 13:05:48',
  ('Cheikh Tidiane Ndiaye', 'ct.ndiaye@diplomatie.gouv.sn'),
  'Fwd: Djibouti – inscription segment I',
  'iphone', postfix('smtp.diplomatie.gouv.sn', '41.82.191.12', '84.241.197.23'),
  ('plain', [('text', T("""
Bonjour,

Pour inscription. Djibouti nous a écrit directement en notre qualité de co-présidence.

Bien à vous,
C.T. Ndiaye
Ambassade du Sénégal – La Haye

Envoyé de mon iPhone
""")), ('afwd', T("""
De: Ambassade de Djibouti <ambdjibouti.bruxelles@mae.gouv.dj>
Objet: Djibouti – inscription segment I
Date: 2 décembre 2024 à 12:31:07 UTC+1
À: ambasenhaye@gmail.com, juridique.la-haye-amba@diplomatie.gouv.fr
"""), T("""
Excellences,

La République de Djibouti souhaite prendre la parole lors du segment I (« La coopération est vitale pour la Cour ») de la plénière sur la coopération.

Djibouti sera représentée par S.E. M. Ahmed Daher Bouh, Ambassadeur.

Avec nos remerciements,
Ambassade de la République de Djibouti – Bruxelles
"""), 'Début du message réexpédié :')], 'utf-8', 'quoted-printable', 'apple'),
  ('INSCRIBE', 'DJI', 'I', 'S.E. M. Ahmed Daher Bouh',
   "Apple Mail French forward ('Début du message réexpédié :') by a diplomat of the co-chair Senegal (diplomatie.gouv.sn); participant Djibouti"),
  cc=[(None, FRJ), ('Ambassade du Sénégal à La Haye', SEN)], eol='lf')

W('asp-fwd-portugal-original-message', 'pt', 2, '2024-11-27 09:31:12',
  ('ASP Secretariat', ASP),
  'FW: Portugal – Plenária sobre cooperação – Segmento II',
  'o365', icc('AS8PR02MB10217'),
  ('oalt', [('text', T("""
Dear colleagues,

Please see below a request sent to the ASP mailbox. Forwarded for registration.

Best regards,
ASP Secretariat
""")), ('fwd', '-----Original Message-----',
         en_block('Embaixada de Portugal na Haia <juridico.haia@mne.pt>', 'Tuesday, November 26, 2024 3:26 PM',
                  'asp@icc-cpi.int', 'Portugal – Plenária sobre cooperação – Segmento II'), T("""
Exmos. Senhores,

Portugal pretende intervir no Segmento II da sessão plenária sobre cooperação, sobre a ratificação do Acordo sobre Privilégios e Imunidades do Tribunal (APIC).

Orador: Dr. Tiago Meireles Sampaio, Assessor Jurídico.

Com os melhores cumprimentos,

Embaixada de Portugal nos Países Baixos
"""))], 'EN-GB'),
  ('INSCRIBE', 'PRT', 'II', 'Dr. Tiago Meireles Sampaio',
   "ASP Secretariat forward with '-----Original Message-----' marker; 'Países Baixos' in the signature"),
  clang='en-GB')

W('cri-gmail-mensaje-reenviado', 'es', 2, '2024-11-26 08:40:27',
  ('Embajada de Costa Rica en La Haya', 'costarica.lahaya@gmail.com'),
  'Fwd: Instrucción - Plenaria cooperación AEP23',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Estimados señores:

Reenvío la instrucción de nuestra Cancillería para la inscripción de Costa Rica.

Saludos,
Mariela Chaves Rojas
Ministra Consejera
Embajada de Costa Rica en los Países Bajos
""")), ('gfwd', T("""
De: Dirección General de Política Exterior <dgpe@rree.go.cr>
Date: lun, 25 nov 2024 a las 17:05
Subject: Instrucción - Plenaria cooperación AEP23
To: Embajada de Costa Rica en La Haya <costarica.lahaya@gmail.com>
"""), T("""
Estimada Ministra Consejera:

Se le instruye inscribir a Costa Rica en el Segmento II de la sesión plenaria sobre cooperación de la AEP23. Costa Rica estará representada por la Sra. Ministra Consejera Mariela Chaves Rojas.

Atentamente,

Dirección General de Política Exterior
Ministerio de Relaciones Exteriores y Culto
"""), '---------- Mensaje reenviado ---------')]),
  ('INSCRIBE', 'CRI', 'II', 'Sra. Ministra Consejera Mariela Chaves Rojas',
   "Gmail Spanish forward ('Mensaje reenviado') within the same foreign service (ministry instruction forwarded by the embassy's gmail); State named in both parts"),
  tzh=1)

W('cpv-gmail-mensagem-encaminhada', 'pt', 2, '2024-12-04 09:20:16',
  ('Embaixada de Cabo Verde', 'embcaboverde.bruxelas@gmail.com'),
  'Fwd: Inscrição de Cabo Verde - Segmento I',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Caros colegas,

Segue abaixo o nosso pedido de inscrição, enviado ontem por lapso apenas para o endereço do serviço jurídico da Embaixada de França.

Melhores cumprimentos,
Ana Lúcia Fortes
Primeira Secretária
""")), ('gfwd', T("""
De: Embaixada de Cabo Verde <embcaboverde.bruxelas@gmail.com>
Date: terça, 3/12/2024 à(s) 16:41
Subject: Inscrição de Cabo Verde - Segmento I
To: <juridique.la-haye-amba@diplomatie.gouv.fr>
"""), T("""
Exmos. Senhores,

Cabo Verde deseja inscrever-se na lista de oradores do Segmento I da plenária sobre cooperação. Será representado por Sua Excelência o Senhor Embaixador José Luís Semedo Rocha.

Com os melhores cumprimentos,

Embaixada da República de Cabo Verde junto do Reino da Bélgica
"""), '---------- Mensagem encaminhada ---------')]),
  ('INSCRIBE', 'CPV', 'I', 'Sua Excelência o Senhor Embaixador José Luís Semedo Rocha',
   "Gmail Portuguese forward ('Mensagem encaminhada') of its own mail first sent only to the French legal service (France named twice); Belgium in the signature"))

W('sen-gmail-fwd-kenya', 'en', 2, '2024-11-28 16:47:09',
  ('Ambassade du Sénégal à La Haye', SEN),
  'Fwd: Kenya - request to speak, Segment II',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear colleagues,

Please register the request from our Kenyan colleagues below. For your information, Senegal's own registration was sent separately last week.

Best regards,
Mame Diarra Sow
Embassy of Senegal, The Hague
""")), ('gfwd', T("""
From: Kenya Embassy The Hague <legal@kenyaembassy.nl>
Date: Thu, 28 Nov 2024 at 14:03
Subject: Kenya - request to speak, Segment II
To: <ambasenhaye@gmail.com>
Cc: <juridique.la-haye-amba@diplomatie.gouv.fr>
"""), T("""
Dear Co-Chairs,

Kenya would like to take the floor in Segment II and share its experience with the Court's cooperation tools, in particular the framework agreements on interim release and on witness relocation.

Speaker: Ms. Wanjiru Kamau-Otieno, Legal Counsellor, Embassy of the Republic of Kenya in The Hague.

Kind regards,
W. Kamau-Otieno
"""))]),
  ('INSCRIBE', 'KEN', 'II', 'Ms. Wanjiru Kamau-Otieno',
   "Gmail forward by the co-chair's embassy, whose own text names Senegal ('Senegal's own registration'); participant Kenya"))

W('frj-thunderbird-fwd-lux', 'fr', 2, '2024-11-25 15:02:44',
  ('Service juridique - Ambassade de France', FRJ),
  'Fwd: Luxembourg – inscription – plénière sur la coopération',
  'tbird', FRJ_PF,
  ('plain', [('text', T("""
Bonjour,

Pour enregistrement. Le Luxembourg nous confirme qu'il n'a pas écrit directement à la boîte gmail.

Cordialement,
Service juridique
Ambassade de France aux Pays-Bas
""")), ('fwd', '-------- Message transféré --------', T("""
Sujet : \tLuxembourg – inscription – plénière sur la coopération
Date : \tMon, 25 Nov 2024 10:17:44 +0000
De : \tReuter Anne <anne.reuter@mae.etat.lu>
Pour : \tjuridique.la-haye-amba@diplomatie.gouv.fr
Copie à : \tlahaye.amb@mae.etat.lu
"""), T("""
Madame, Monsieur,

Le Grand-Duché de Luxembourg souhaite s'inscrire sur la liste des orateurs du segment I de la séance plénière sur la coopération.

Le Luxembourg sera représenté par S.E. Mme Carole Weydert-Bisdorff, Ambassadeur.

Avec mes salutations distinguées,

Anne Reuter
Ambassade du Grand-Duché de Luxembourg à La Haye
"""))], 'UTF-8', '8bit'),
  ('INSCRIBE', 'LUX', 'I', 'S.E. Mme Carole Weydert-Bisdorff',
   "Thunderbird forward ('-------- Message transféré --------', Sujet/Date/De/Pour table with tabs) by the French legal service; 8bit UTF-8"),
  cc=(), clang='fr-FR')

W('arg-apple-inicio-reenviado', 'es', 2, '2024-11-29 12:18:55',
  ('Carolina Gentile', 'cgentile@mrecic.gov.ar'),
  'Fwd: Argentina - Segmento II - plenaria cooperación',
  'apple', exch('smtp.mrecic.gov.ar', '200.16.104.70', 'mrecic.local'),
  ('plain', [('text', T("""
Estimados:

Reenvío el correo de abajo, que por error envié solamente al Servicio Jurídico de la Embajada de Francia.

Cordialmente,

Carolina Gentile
Consejera – Asuntos Jurídicos
Embajada de la República Argentina en el Reino de los Países Bajos
""")), ('afwd', T("""
De: Carolina Gentile <cgentile@mrecic.gov.ar>
Asunto: Argentina - Segmento II - plenaria cooperación
Fecha: 29 de noviembre de 2024, 11:02:18 GMT+1
Para: juridique.la-haye-amba@diplomatie.gouv.fr
"""), T("""
Estimados colegas:

La República Argentina desea inscribirse para hacer uso de la palabra en el Segmento II ("¿Cómo pueden los Estados Partes fortalecer su apoyo a la Corte con las herramientas existentes?").

Oradora: Consejera Carolina Gentile.

Saludos cordiales,
Carolina Gentile
"""), 'Inicio del mensaje reenviado:')], 'utf-8', 'quoted-printable', 'apple'),
  ('INSCRIBE', 'ARG', 'II', 'Consejera Carolina Gentile',
   "Apple Mail Spanish forward ('Inicio del mensaje reenviado:') of its own mail first sent only to the French legal service"))

W('asp-fwd-frj-fwd-mongolia', 'en', 2, '2024-12-03 17:35:58',
  ('ASP Secretariat', ASP),
  'FW: TR : Mongolia - registration - Plenary on cooperation',
  'o365', icc('AS8PR02MB10217'),
  ('oalt', [('text', T("""
Dear colleagues,

Forwarding the below, which the French Embassy's legal service sent to our mailbox instead of the registration address.

Best,
ASP Secretariat
""")), ('ohdr', fr_block('JURIDIQUE - LA HAYE - AMBA <juridique.la-haye-amba@diplomatie.gouv.fr>',
                           'mardi 3 décembre 2024 17:02', 'ASP Secretariat <asp@icc-cpi.int>',
                           'TR : Mongolia - registration - Plenary on cooperation'), T("""
Bonjour,

Pour enregistrement, la demande de la Mongolie ci-dessous.

Service juridique – Ambassade de France
""")), ('ohdr', en_block('Embassy of Mongolia Brussels <brussels@mfa.gov.mn>', 'Tuesday, December 3, 2024 2:45 PM',
                         FRJ, 'Mongolia - registration - Plenary on cooperation'), T("""
Dear Sir/Madam,

Mongolia wishes to take part in Segment II of the plenary on cooperation. Mongolia will be represented by Mr. Batbayar Ganbold, Counsellor, Embassy of Mongolia to the Kingdom of Belgium (also accredited to the Kingdom of the Netherlands).

Best regards,
Embassy of Mongolia in Brussels
"""))], 'EN-GB'),
  ('INSCRIBE', 'MNG', 'II', 'Mr. Batbayar Ganbold',
   'two-level forward (ASP Secretariat <- French legal service <- Mongolia), French then English header blocks; the innermost original decides; Belgium and the Netherlands named'),
  clang='en-GB')

W('nld-hoststate-fwd-vanuatu', 'en', 2, '2024-12-02 11:44:30',
  ('Host State Desk ICC', 'hoststate-icc@minbuza.nl'),
  'FW: Vanuatu – request for speaking slot – ASP plenary on cooperation',
  'exch', exch('mail.minbuza.nl', '147.181.96.36', 'minbuza.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Dear colleagues,

The Host State unit received the request below from the Embassy of Vanuatu in Brussels, which wrote to us by mistake. We forward it to you for any action you deem appropriate. (The Netherlands has registered separately.)

Kind regards,

Ilse de Wit
Host State Affairs – ICC and Tribunals
Ministry of Foreign Affairs of the Kingdom of the Netherlands
""")), ('fwd', '-----Original Message-----',
         en_block('Vanuatu Embassy Brussels <vanuatu.embassy@gov.vu>', 'Monday, December 2, 2024 8:30 AM',
                  'Host State Desk ICC <hoststate-icc@minbuza.nl>',
                  'Vanuatu – request for speaking slot – ASP plenary on cooperation'), T("""
Dear Sir/Madam,

The Republic of Vanuatu wishes to take the floor during Segment II of the plenary on cooperation on 5 December 2024. Vanuatu will be represented by Mr. Jotham Kalsakau Napat, Second Secretary.

Thank you,
Embassy and Mission of the Republic of Vanuatu to the European Union, Brussels
"""))], 'EN-GB'),
  ('INSCRIBE', 'VUT', 'II', 'Mr. Jotham Kalsakau Napat',
   "forwarded by a State that is not one of the plenary's forwarders (Netherlands host-State desk, minbuza.nl), which says the Netherlands is not asking; the forwarded original from gov.vu decides (debatable)"),
  clang='nl-NL')

W('frj-fwd-anonymous-gmail', 'fr', 2, '2024-12-04 11:12:03',
  ('JURIDIQUE - LA HAYE - AMBA', FRJ),
  'TR : Inscription – segment II',
  'exch', FRJ_EXCH,
  ('oalt', [('text', T("""
Bonjour,

Nous avons reçu ce matin le message ci-dessous, sans pouvoir identifier la délégation concernée (l'adresse est une adresse personnelle). Nous vous le transmettons pour information ; peut-être pourrez-vous prendre contact avec l'expéditrice.

Bien cordialement,

Service juridique
Ambassade de France aux Pays-Bas
""")), ('ohdr', fr_block('delegation asp23 <delegation.asp23@gmail.com>', 'mercredi 4 décembre 2024 09:56', FRJ,
                           'Inscription – segment II'), T("""
Bonjour,

Notre délégation souhaite s'inscrire pour le segment II de la plénière de demain. Oratrice : Mme Clarisse Mbeki-Lemaire, conseillère juridique.

Merci,
C. Mbeki-Lemaire
"""))], 'FR'),
  ('HOLD', '-', 'II', 'Mme Clarisse Mbeki-Lemaire',
   "the French legal service forwards an original that names no delegation (anonymous gmail); the forwarder says it could not identify it; France is not the participant"),
  cc=(), clang='fr-FR')

W('osji-apple-begin-forwarded', 'en', 2, '2024-12-03 08:56:33',
  ('Mariam Dossou', 'mariam.dossou@justiceinitiative.org'),
  'Fwd: OSJI - cooperation plenary - Segment II',
  'apple', o365('NAM10-BN7-obe.outbound.protection.outlook.com', 'mail-bn7nam10on2124.outbound.protection.outlook.com',
                '40.107.92.124', 'MN2PR14MB4388', 'namprd14'),
  ('plain', [('text', T("""
Dear colleagues,

Forwarding on behalf of our Director, who asked me to send this on to the registration address this morning.

Best,
Mariam

Mariam Dossou
Program Coordinator, International Justice
Open Society Justice Initiative
The Hague
""")), ('afwd', T("""
From: Daniel Okonjo-Weiss <daniel.okonjo-weiss@justiceinitiative.org>
Subject: OSJI - cooperation plenary - Segment II
Date: 2 December 2024 at 22:41:09 CET
To: Mariam Dossou <mariam.dossou@justiceinitiative.org>
"""), T("""
Mariam,

Can you please register us for the cooperation plenary? The Justice Initiative would like to speak in Segment II, on the Court's tools for tracking and arrest. I will speak myself (Mr. Daniel Okonjo-Weiss, Director, International Justice).

Thanks,
Daniel

Sent from my iPhone
"""))], 'utf-8', 'quoted-printable', 'apple'),
  ('INSCRIBE', 'Open Society Justice Initiative', 'II', 'Mr. Daniel Okonjo-Weiss',
   "forward within the same organisation (Apple Mail 'Begin forwarded message:'); the request is the director's instruction inside the forwarded part; 'the Justice Initiative'"),
  cc=[(None, FRJ), ('Daniel Okonjo-Weiss', 'daniel.okonjo-weiss@justiceinitiative.org')])

W('tls-assistant-fwd-pt-block', 'pt', 2, '2024-12-02 10:22:48',
  ('Secretariado - Embaixada de Timor-Leste', 'secretariado.bruxelas@mnec.gov.tl'),
  'ENC: Plenária sobre cooperação – inscrição de Timor-Leste',
  'o365', o365('APC01-SG2-obe.outbound.protection.outlook.com', 'mail-sg2apc01on2103.outbound.protection.outlook.com',
               '40.107.215.103', 'SEZPR04MB6652', 'apcprd04'),
  ('oalt', [('text', T("""
Exmos. Senhores,

Por instrução do Senhor Encarregado de Negócios, reencaminho abaixo o pedido de inscrição de Timor-Leste.

Com os melhores cumprimentos,

Joana Soares
Secretariado
Embaixada da República Democrática de Timor-Leste em Bruxelas
""")), ('ohdr', pt_block('Encarregado de Negócios a.i. <ena@mnec.gov.tl>', 'segunda-feira, 2 de dezembro de 2024 09:05',
                         'Secretariado - Embaixada de Timor-Leste <secretariado.bruxelas@mnec.gov.tl>',
                         'Plenária sobre cooperação – inscrição de Timor-Leste'), T("""
Joana,

Por favor envie hoje para iccaspcoperation@gmail.com, com cópia para o serviço jurídico da Embaixada de França, o seguinte:

"Timor-Leste deseja inscrever-se no Segmento I da sessão plenária sobre cooperação. Orador: Senhor Encarregado de Negócios a.i., Dr. Abílio Mendonça Xavier."

Obrigado,
A.M.X.
"""))], 'PT'),
  ('INSCRIBE', 'TLS', 'I', 'Dr. Abílio Mendonça Xavier',
   "forward within the same embassy (Portuguese Outlook De:/Enviada em:/Para:/Assunto: block, 'ENC:' prefix); France named as copy"),
  tzh=1, clang='pt-PT')

W('esp-mensaje-original-ministerio', 'es', 2, '2024-11-27 12:48:17',
  ('Consejería Jurídica - Embajada de España en La Haya', 'cjur.lahaya@maec.es'),
  'RV: Instrucciones - AEP23 - plenaria sobre cooperación',
  'exch', exch('correo.maec.es', '195.235.151.84', 'maec.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Estimados colegas:

Les remito las instrucciones recibidas del Ministerio para la inscripción de España.

Un cordial saludo,

Inés Ballesteros Ruiz
Consejera Jurídica
Embajada de España en el Reino de los Países Bajos
""")), ('fwd', '-----Mensaje original-----',
         es_block('Asesoría Jurídica Internacional <aji@maec.es>', 'miércoles, 27 de noviembre de 2024 10:31',
                  'Consejería Jurídica - Embajada de España en La Haya <cjur.lahaya@maec.es>',
                  'Instrucciones - AEP23 - plenaria sobre cooperación'), T("""
Estimada Consejera:

España desea intervenir en el Segmento II de la sesión plenaria sobre cooperación (ratificación del APIC). Intervendrá el Sr. D. Fernando Quintero Lasala, Asesor Jurídico Internacional.

Ruego proceda a la inscripción en la dirección indicada por los co-facilitadores (Francia y Senegal).

Atentamente,
Asesoría Jurídica Internacional
Ministerio de Asuntos Exteriores, Unión Europea y Cooperación
"""))], 'ES'),
  ('INSCRIBE', 'ESP', 'II', 'Sr. D. Fernando Quintero Lasala',
   "forward within the same foreign service with Outlook marker '-----Mensaje original-----' and Spanish labels; France and Senegal named as co-facilitators; 'Unión Europea' in the ministry's name"),
  clang='es-ES')


# ============================================ class 3: names that must not decide
W('cc-lines-zambia', 'en', 3, '2024-11-27 11:36:18',
  ('Mwape Chileshe', 'chileshe.mwape@mofa.gov.zm'),
  'Zambia: Registration Plenary on Cooperation',
  'o365', o365('ZAF01-JNB-obe.outbound.protection.outlook.com', 'mail-jnbzaf01on2133.outbound.protection.outlook.com',
               '40.107.145.133', 'JN1P275MB0718', 'ZAFP275'),
  ('plain', [('text', T("""
To: Secretariat of the Assembly of States Parties
cc: Embassy of France (Legal Service)
cc: Embassy of the Republic of Senegal

Dear Sir/Madam,

REGISTRATION FOR THE PLENARY ON COOPERATION – 5 DECEMBER 2024

The Embassy of the Republic of Zambia in Brussels, also accredited to the Netherlands, wishes to register the Republic of Zambia for Segment II of the plenary on cooperation.

The speaker will be Mr. Mutale Bwalya Chanda, First Secretary (Legal).

Zambia remains fully committed to the mission of the Court and to its cooperation obligations under Part 9 of the Rome Statute.

Yours faithfully,

Chileshe Mwape (Ms)
Counsellor – Political
Embassy of the Republic of Zambia, Brussels
"""))], 'utf-8', 'quoted-printable'),
  ('INSCRIBE', 'ZMB', 'II', 'Mr. Mutale Bwalya Chanda',
   "body opens with 'cc: Embassy of France (Legal Service)' and 'cc: Embassy of the Republic of Senegal' lines; Netherlands named as co-accreditation; 'the mission of the Court'"),
  clang='en-ZM')

W('copie-ambassades-comores', 'fr', 3, '2024-11-29 18:02:44',
  ("Ambassade de l'Union des Comores", 'ambacomores.paris@gmail.com'),
  "Inscription de l'Union des Comores – Segment I",
  'gmail', GMAIL,
  ('galt', [('text', T("""
Objet : Inscription – séance plénière sur la coopération
Copie : Ambassade de France aux Pays-Bas – Service juridique
Copie : Ambassade du Sénégal à La Haye

Madame, Monsieur,

L'Ambassade de l'Union des Comores en France, également accréditée auprès du Royaume des Pays-Bas, a l'honneur de solliciter l'inscription de l'Union des Comores sur la liste des orateurs du segment I de la séance plénière sur la coopération.

L'Union des Comores sera représentée par S.E. M. Ahamada Said Mdahoma, Ambassadeur.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Ambassade de l'Union des Comores
Paris – France
"""))]),
  ('INSCRIBE', 'COM', 'I', 'S.E. M. Ahamada Said Mdahoma',
   "'Copie : Ambassade de France…' and 'Copie : Ambassade du Sénégal' lines in the body; the embassy sits in Paris ('France' in the signature) and is co-accredited to the Netherlands; long form 'Union des Comores'"))

W('cc-embajada-espana-honduras', 'es', 3, '2024-12-03 12:27:31',
  ('Embajada de Honduras en Bélgica', 'embahonduras.be@sre.gob.hn'),
  'Honduras – inscripción plenaria sobre cooperación',
  'o365', o365('NAM11-CO1-obe.outbound.protection.outlook.com', 'mail-co1nam11on2108.outbound.protection.outlook.com',
               '40.107.220.108', 'SJ0PR20MB6119', 'namprd20'),
  ('oalt', [('text', T("""
Estimados señores:

La Embajada de la República de Honduras ante el Reino de Bélgica y la Unión Europea, concurrente ante el Reino de los Países Bajos, tiene el honor de solicitar la inscripción de Honduras en el Segmento II de la sesión plenaria sobre cooperación.

Hará uso de la palabra la Abog. Daniela Maradiaga Funes, Consejera.

Atentamente,

Embajada de Honduras en Bruselas

c.c.: Embajada de España en los Países Bajos (coordinación de la Comunidad Iberoamericana)
c.c.: Servicio Jurídico, Embajada de Francia en los Países Bajos
"""))], 'ES-HN'),
  ('INSCRIBE', 'HND', 'II', 'Abog. Daniela Maradiaga Funes',
   "'c.c.: Embajada de España…' and 'c.c.: … Embajada de Francia' lines after the signature; Belgium, the EU and the Netherlands in the accreditation phrase"),
  clang='es-HN')

W('signature-coaccredited-fiji', 'en', 3, '2024-11-26 13:15:07',
  ('Fiji Embassy Brussels', 'legal@fijiembassy.be'),
  'Fiji - Speakers list Segment I',
  'tbird', postfix('smtp.fijiembassy.be', '185.47.129.18', '91.181.33.204'),
  ('plain', [('text', T("""
Bula vinaka and greetings from Brussels,

Fiji would be honoured to take the floor in Segment I of the plenary on cooperation. Our Ambassador, H.E. Mr. Ratu Josefa Qionibaravi, will deliver the statement.

Vinaka,
Litia Waqa
Second Secretary

--
Embassy of the Republic of Fiji
Brussels, Belgium
Also accredited to: Kingdom of the Netherlands | Grand Duchy of Luxembourg | Kingdom of Denmark | Italian Republic | Holy See | European Union
"""))], 'UTF-8', '7bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'FJI', 'I', 'H.E. Mr. Ratu Josefa Qionibaravi',
   'signature lists six co-accredited States/organisations (Netherlands, Luxembourg, Denmark, Italy, Holy See, EU); Thunderbird format=flowed'),
  clang='en-GB')

W('kenya-and-the-court-lesotho', 'en', 3, '2024-12-02 09:58:41',
  ('Palesa Mokhehle', 'p.mokhehle@foreign.gov.ls'),
  'Plenary on cooperation - Segment II',
  'roundcube', postfix('webmail.foreign.gov.ls', '129.232.212.66', '129.232.212.66', zone='SAST'),
  ('plain', [('text', T("""
Dear colleagues,

The Kingdom of Lesotho wishes to participate in Segment II of the plenary on cooperation.

Our brief intervention will draw on the regional seminar on cooperation held in Nairobi in September, where the cooperation between Kenya and the Court on witness protection was presented, and on the work of the Court's country office in Uganda.

Speaker: Adv. Palesa Mokhehle, Principal Legal Officer, Ministry of Foreign Affairs and International Relations.

Kind regards,
Palesa Mokhehle
for the High Commission of the Kingdom of Lesotho, London
"""))], 'UTF-8', '7bit', 'bare'),
  ('INSCRIBE', 'LSO', 'II', 'Adv. Palesa Mokhehle',
   "text names Kenya ('the cooperation between Kenya and the Court'), Uganda and London; participant 'The Kingdom of Lesotho'"),
  tzh=2, clang='en-GB')

W('como-senalo-espana-chile', 'es', 3, '2024-11-28 12:49:30',
  ('Ignacio Larraín', 'ilarrain@minrel.gob.cl'),
  'Chile - solicitud de inscripción Segmento I',
  'zimbra', postfix('mta.minrel.gob.cl', '200.72.153.40', '190.98.221.17', zone='CLST'),
  ('plain', [('text', T("""
Estimados:

Como señaló España el año pasado en esta misma plenaria, la cooperación es la piedra angular del sistema del Estatuto de Roma. Chile comparte plenamente esa visión y, en línea con lo expresado recientemente por México y Costa Rica, desea reafirmar su compromiso político con la Corte.

Por ello, Chile solicita ser inscrito en el Segmento I ("La cooperación es vital para la Corte"). Intervendrá la Excma. Sra. Embajadora Francisca Undurraga Vial.

Saludos cordiales,

Ignacio Larraín B.
Primer Secretario
Embajada de Chile en los Países Bajos
"""))], 'utf-8', 'quoted-printable'),
  ('INSCRIBE', 'CHL', 'I', 'Excma. Sra. Embajadora Francisca Undurraga Vial',
   "the first sentences name Spain ('Como señaló España el año pasado'), Mexico and Costa Rica before Chile's own request; Zimbra"),
  tzh=1, clang='es-CL')

W('reply-quotes-cochairs-timor', 'pt', 3, '2024-11-25 11:20:36',
  ('Embaixada de Timor-Leste', 'embtl.bruxelas@gmail.com'),
  'Re: ' + COCHAIRS_SUBJ,
  'gmail', GMAIL,
  ('galt', [('text', T("""
Exmos. Senhores Co-Facilitadores,

Em resposta à vossa mensagem abaixo, a República Democrática de Timor-Leste gostaria de se inscrever no Segmento I da plenária sobre cooperação.

Timor-Leste será representado por Sua Excelência a Senhora Embaixadora Maria Natércia Guterres da Silva.

Com os melhores cumprimentos,
Embaixada da República Democrática de Timor-Leste em Bruxelas
""")), ('gquote', 'Em sex., 22 de nov. de 2024 às 11:40, Co-facilitators on cooperation <iccaspcoperation@gmail.com> escreveu:',
        COCHAIRS)]),
  ('INSCRIBE', 'TLS', 'I', 'Sua Excelência a Senhora Embaixadora Maria Natércia Guterres da Silva',
   "Gmail Portuguese reply quoting the co-chairs' reminder (signed by the Ambassadors of France and Senegal, names both segments)"),
  extra=COCHAIRS_REPLY)

W('disclaimer-host-belgium', 'fr', 3, '2024-11-28 15:44:09',
  ('Janssens Wouter', 'wouter.janssens@diplobel.fed.be'),
  'Belgique – demande de prise de parole – segment I',
  'o365', o365('EUR03-AM7-obe.outbound.protection.outlook.com', 'mail-am7eur03on2131.outbound.protection.outlook.com',
               '40.107.105.131', 'AM8PR03MB8203', 'eurprd03'),
  ('oalt', [('text', T("""
Madame, Monsieur,

La Belgique souhaite prendre la parole lors du segment I de la séance plénière sur la coopération. Elle sera représentée par S.E. M. Olivier Dumont-Verhaegen, Ambassadeur de Belgique auprès du Royaume des Pays-Bas.

Bien cordialement,

Wouter Janssens
Premier Secrétaire
Ambassade de Belgique à La Haye | Ambassade van België in Den Haag
Johan van Oldenbarneveltlaan 11 – 2582 NE Den Haag – Nederland

________________________________
Ce message et ses annexes sont destinés exclusivement à leurs destinataires. Si vous n'êtes pas le destinataire visé, veuillez en informer l'expéditeur et le supprimer. Le SPF Affaires étrangères, Commerce extérieur et Coopération au Développement décline toute responsabilité quant au contenu de ce message.
Dit bericht en de bijlagen zijn uitsluitend bestemd voor de geadresseerden. De FOD Buitenlandse Zaken, Buitenlandse Handel en Ontwikkelingssamenwerking wijst elke aansprakelijkheid af.
Diese Nachricht ist ausschließlich für die Empfänger bestimmt. Der FÖD Auswärtige Angelegenheiten lehnt jede Haftung ab.
"""))], 'FR-BE'),
  ('INSCRIBE', 'BEL', 'I', 'S.E. M. Olivier Dumont-Verhaegen',
   'host State named in every signature line (Pays-Bas, Den Haag, Nederland); trilingual FR/NL/DE disclaimer'),
  clang='fr-BE')

W('fw-barbados-ack-saint-lucia', 'en', 3, '2024-11-30 10:07:52',
  ('Giselle Alexander-Paul', 'galexander@govt.lc'),
  'FW: Acknowledgement - Barbados - Segment I',
  'o365', o365('NAM04-BN8-obe.outbound.protection.outlook.com', 'mail-bn8nam04on2129.outbound.protection.outlook.com',
               '40.107.100.129', 'BL1PR18MB4242', 'namprd18'),
  ('oalt', [('text', T("""
Dear Secretariat,

Our Barbadian colleagues kindly shared with CARICOM delegations the acknowledgement below. Saint Lucia would likewise like to be registered, but for Segment II, with Mr. Kendell Joseph-Auguste, Crown Counsel, Attorney General's Chambers, as speaker.

Best regards,

Giselle Alexander-Paul
Foreign Service Officer
Department of External Affairs, Saint Lucia
""")), ('ohdr', en_block('ICC ASP Cooperation Plenary <iccaspcoperation@gmail.com>', 'Friday, November 29, 2024 10:14 AM',
                         'legal@foreign.gov.bb', 'Acknowledgement - Barbados - Segment I'), T("""
Dear colleagues,

We acknowledge receipt of your request. Barbados has been inscribed on the list of speakers for Segment I of the plenary on cooperation, with H.E. Ms. Sandra Clarke-Worrell as speaker. Interventions are limited to two minutes.

Kind regards,
Co-facilitators on cooperation
"""))], 'EN-US'),
  ('INSCRIBE', 'LCA', 'II', 'Mr. Kendell Joseph-Auguste',
   "a delegation forwards ANOTHER delegation's acknowledgement (Barbados, Segment I, another speaker) and asks for itself in Segment II: the forwarded part must not decide; subject names Barbados only"),
  tzh=-4, clang='en-US')

W('cc-header-grulac-panama', 'es', 3, '2024-12-03 16:58:14',
  ('Embajada de Panamá en los Países Bajos', 'embpanama.nl@mire.gob.pa'),
  'Panamá - Segmento II',
  'o365', o365('NAM12-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam12on2103.outbound.protection.outlook.com',
               '40.107.243.103', 'CH3PR22MB4471', 'namprd22'),
  ('plain', [('text', T("""
Estimados señores:

Panamá desea inscribirse en el Segmento II. Oradora: Licda. Itzel Castrellón de Arosemena, Encargada de Negocios a.i.

Atentamente,
Embajada de Panamá en los Países Bajos
"""))], 'iso-8859-1', 'quoted-printable'),
  ('INSCRIBE', 'PAN', 'II', 'Licda. Itzel Castrellón de Arosemena',
   'Cc header lists the GRULAC coordinator (Embassy of Ecuador) and the Dominican Republic besides the French legal service; terse; accented Panamá'),
  cc=[(None, FRJ), ('Coordinación GRULAC – Embajada del Ecuador', 'eecuholanda@cancilleria.gob.ec'),
      ('Embajada de la República Dominicana', 'embajada.rd.nl@mirex.gob.do')], clang='es-PA')

W('oecs-joint-embassy', 'en', 3, '2024-12-03 11:22:05',
  ('Embassy of the Eastern Caribbean States', 'legal@oecsbrussels.org'),
  'Registration - Segment I - plenary on cooperation',
  'gws', gsend('mail-ed1-f53.google.com', '209.85.208.53'),
  ('galt', [('text', T("""
Dear Co-Chairs,

Our Embassy would like to register for Segment I of the plenary on cooperation. The statement will be delivered by our Ambassador, H.E. Mr. Denzil Harcourt Richards.

Kind regards,

Shenelle Browne
Legal Attaché
Embassy of the Eastern Caribbean States to the Kingdom of Belgium and the European Union
(Antigua and Barbuda, Commonwealth of Dominica, Grenada, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines)
"""))]),
  ('HOLD', '-', 'I', 'H.E. Mr. Denzil Harcourt Richards',
   "joint embassy of six OECS States Parties asks for 'our Embassy'; no single State named as the participant"))

W('reply-quotes-cochairs-car', 'fr', 3, '2024-11-26 10:33:57',
  ('Ambassade de Centrafrique', 'ambarca.bruxelles@yahoo.fr'),
  'Re: ' + COCHAIRS_SUBJ,
  'yahoo', yahoo('sonic305-20.consmr.mail.ir2.yahoo.com', '77.238.178.98'),
  ('yalt', [('text', T("""
Messieurs les Co-facilitateurs,

Suite à votre courrier ci-dessous, la République centrafricaine souhaite intervenir au segment I.

Orateur : M. Firmin Ngbokoto-Yalo, Chargé d'affaires a.i.

Haute considération.

Ambassade de la République centrafricaine – Bruxelles
""")), ('gquote', 'Le vendredi 22 novembre 2024 à 11:40:05 UTC+1, Co-facilitators on cooperation <iccaspcoperation@gmail.com> a écrit :',
        COCHAIRS)]),
  ('INSCRIBE', 'CAF', 'I', 'M. Firmin Ngbokoto-Yalo',
   "Yahoo reply quoting the co-chairs' reminder (signed by the Ambassadors of France and Senegal, names both segments); long form 'République centrafricaine'"),
  extra=COCHAIRS_REPLY, tzh=1)

W('signature-coaccredited-caboverde', 'pt', 3, '2024-11-27 15:11:26',
  ('Embaixada de Cabo Verde em Bruxelas', 'embaixada.bruxelas@mnec.gov.cv'),
  'Cabo Verde – Plenária sobre cooperação – Segmento II',
  'exch', exch('mail.mnec.gov.cv', '41.221.200.34', 'mnec.local'),
  ('oalt', [('text', T("""
Exmos. Senhores,

Cabo Verde deseja inscrever-se no Segmento II da sessão plenária sobre cooperação (5 de dezembro). Orador: Dr. Adilson Lopes Tavares, Conselheiro Jurídico.

Com os melhores cumprimentos,

Embaixada da República de Cabo Verde em Bruxelas
Acreditada também junto do Reino dos Países Baixos, do Grão-Ducado do Luxemburgo, da República Federal da Alemanha e da União Europeia
"""))], 'PT'),
  ('INSCRIBE', 'CPV', 'II', 'Dr. Adilson Lopes Tavares',
   'signature names co-accredited States (Países Baixos, Luxemburgo, Alemanha) and the EU, in Portuguese'),
  clang='pt-CV')

W('ireland-aligns-with-eu', 'en', 3, '2024-12-02 17:29:40',
  ('Aoife Ní Bhriain', 'aoife.nibhriain@dfa.ie'),
  'Ireland - plenary on cooperation',
  'o365', o365('EUR01-DB5-obe.outbound.protection.outlook.com', 'mail-db5eur01on2116.outbound.protection.outlook.com',
               '40.107.15.116', 'DB9PR01MB9632', 'eurprd01'),
  ('oalt', [('text', T("""
Dear colleagues,

Ireland fully aligns itself with the statement to be delivered on behalf of the European Union in Segment I. In addition, Ireland would like to take the floor in its national capacity in Segment II, on the APIC and on practical cooperation with the Registry. As Spain said last year, ratifying the APIC is one of the simplest ways to protect the Court.

Speaker: Ms. Siobhán Keating-Moran, Legal Adviser, Embassy of Ireland, The Hague.

Kind regards,

Aoife Ní Bhriain
Third Secretary
Embassy of Ireland | Ambasáid na hÉireann
The Hague
"""))], 'EN-IE'),
  ('INSCRIBE', 'IRL', 'II', 'Ms. Siobhán Keating-Moran',
   "the EU's statement in Segment I is named before Ireland's own request (Segment II); 'As Spain said last year'; the Registry is named; encoded From display name"),
  clang='en-IE')

# ============================================ class 4: the text's own subject
W('nv-korea-to-cochairs', 'en', 4, '2024-11-28 08:17:29',
  ('Embassy of the Republic of Korea to the Netherlands', 'nlemb@mofa.go.kr'),
  'Note Verbale - Plenary on Cooperation (Segment I)',
  'exch', dict(exch('mail2.mofa.go.kr', '211.171.208.92', 'mofa.local'), tz=TZ(9)),
  ('ohtml', [('text', T("""
No. NLM-2024-417

The Embassy of the Republic of Korea in the Kingdom of the Netherlands presents its compliments to the Embassy of the French Republic and to the Embassy of the Republic of Senegal, in their capacity as co-facilitators for cooperation of the Assembly of States Parties to the Rome Statute, and has the honour to inform them that the Republic of Korea wishes to take the floor in Segment I of the plenary session on cooperation to be held on 5 December 2024.

The Republic of Korea will be represented by H.E. Mr. KIM Jae-won, Ambassador of the Republic of Korea to the Kingdom of the Netherlands.

The Embassy of the Republic of Korea avails itself of this opportunity to renew to the Embassy of the French Republic and to the Embassy of the Republic of Senegal the assurances of its highest consideration.

The Hague, 28 November 2024
"""))], 'EN-US'),
  ('INSCRIBE', 'KOR', 'I', 'H.E. Mr. KIM Jae-won',
   "note verbale addressed to the Embassies of France and Senegal (each named twice); the participant is the subject of 'The Embassy of the Republic of Korea presents its compliments'; long form 'Republic of Korea'; Date in +0900"),
  date=at('2024-11-28 16:17:25', 9), clang='ko-KR')

W('mission-permanente-maurice', 'fr', 4, '2024-11-29 10:50:13',
  ('Mission permanente de Maurice – Genève', 'mauritius.geneva@govmu.org'),
  'Note verbale – Inscription – Plénière sur la coopération (AEP23)',
  'exch', exch('smtp.govmu.org', '202.123.2.56', 'govmu.local'),
  ('oalt', [('text', T("""
Réf. : MPM/GEN/ICC/2024/52

La Mission permanente de la République de Maurice auprès de l'Office des Nations Unies et des autres organisations internationales à Genève présente ses compliments au Secrétariat de l'Assemblée des États Parties au Statut de Rome et a l'honneur de l'informer que la République de Maurice souhaite intervenir lors du segment II de la séance plénière sur la coopération, le 5 décembre 2024.

La République de Maurice sera représentée par Mme Priya Dookhun-Lallbeeharry, Première Secrétaire.

La Mission permanente de la République de Maurice saisit cette occasion pour renouveler au Secrétariat de l'Assemblée des États Parties les assurances de sa haute considération.

Genève, le 29 novembre 2024
"""))], 'FR'),
  ('INSCRIBE', 'MUS', 'II', 'Mme Priya Dookhun-Lallbeeharry',
   "'La Mission permanente de la République de Maurice auprès de l'Office des Nations Unies' (United Nations inside the subject phrase); French name 'Maurice'; sent from Geneva"),
  clang='fr-MU')

W('embajada-saluda-bolivia', 'es', 4, '2024-12-02 16:06:48',
  ('Embajada de Bolivia en los Países Bajos', 'embolivia.lahaya@rree.gob.bo'),
  'Nota Verbal N° EBPB-ICC-061/2024',
  'o365', o365('NAM10-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam10on2091.outbound.protection.outlook.com',
               '40.107.93.91', 'SA0PR17MB6632', 'namprd17'),
  ('ohtml', [('text', T("""
NOTA VERBAL N° EBPB-ICC-061/2024

La Embajada del Estado Plurinacional de Bolivia en el Reino de los Países Bajos saluda atentamente a la Secretaría de la Asamblea de los Estados Partes del Estatuto de Roma de la Corte Penal Internacional y, con relación a la sesión plenaria sobre cooperación del 5 de diciembre de 2024, tiene a bien solicitar la inscripción del Estado Plurinacional de Bolivia en la lista de oradores del Segmento I.

El Estado Plurinacional de Bolivia estará representado por el Excmo. Sr. Embajador Wilfredo Choque Mamani.

La Embajada del Estado Plurinacional de Bolivia hace propicia la oportunidad para reiterar a la Secretaría de la Asamblea las seguridades de su más alta y distinguida consideración.

La Haya, 2 de diciembre de 2024
"""))], 'ES-BO'),
  ('INSCRIBE', 'BOL', 'I', 'Excmo. Sr. Embajador Wilfredo Choque Mamani',
   "'La Embajada del Estado Plurinacional de Bolivia … saluda atentamente' (official long form, Spanish; 'Países Bajos'); Outlook HTML-only"),
  clang='es-BO')

W('embaixada-cumprimenta-brasil', 'pt', 4, '2024-11-27 14:22:10',
  ('Embaixada do Brasil na Haia', 'brasemb.haia@itamaraty.gov.br'),
  'Nota Verbal nº 118/2024 - Sessão plenária sobre cooperação',
  'notes', exch('smtp3.itamaraty.gov.br', '189.9.32.203', 'mre.local', dmarc='REJECT'),
  ('plain', [('text', T("""
NOTA VERBAL Nº 118/2024

A Embaixada da República Federativa do Brasil cumprimenta atenciosamente o Secretariado da Assembleia dos Estados Partes do Estatuto de Roma e tem a honra de solicitar a inscrição do Brasil na lista de oradores do Segmento I ("A cooperação é vital para o Tribunal") da sessão plenária sobre cooperação, a realizar-se em 5 de dezembro de 2024.

A delegação brasileira será chefiada por Sua Excelência o Senhor Embaixador Paulo Roberto de Andrade Lins, Embaixador do Brasil junto ao Reino dos Países Baixos.

A Embaixada da República Federativa do Brasil aproveita a oportunidade para renovar ao Secretariado da Assembleia os protestos de sua mais alta consideração.

Haia, 27 de novembro de 2024.
"""))], 'utf-8', 'base64'),
  ('INSCRIBE', 'BRA', 'I', 'Sua Excelência o Senhor Embaixador Paulo Roberto de Andrade Lins',
   "'A Embaixada da República Federativa do Brasil cumprimenta…' (long form); 'Reino dos Países Baixos'; HCL Notes, base64 body"),
  clang='pt-BR',
  notes_track='Serialize by Router on SMTP03/MRE(Release 12.0.2FP2|August 2023) at\n 27/11/2024 14:22:08',
  lower=['from NOTES02.mre.local ([10.41.2.33])\n\tby smtp3.itamaraty.gov.br (HCL Domino Release 12.0.2FP2)\n'
         '\twith ESMTP id 2024112714220812-118; Wed, 27 Nov 2024 14:22:08 +0100'])

W('display-name-only-argentina', 'es', 4, '2024-12-03 08:34:22',
  ('Embajada Argentina en los Países Bajos', 'lucia.ferraro.84@gmail.com'),
  'Plenaria cooperación',
  'iphone', GMAIL,
  ('plain', [('text', T("""
Buenos días:

Quisiéramos inscribirnos para el Segmento II de la plenaria de cooperación. El orador será el Consejero Martín Aguirre Paz.

Muchas gracias.
Lucía

Enviado desde mi iPhone
"""))], 'utf-8', 'quoted-printable', 'apple'),
  ('INSCRIBE', 'ARG', 'II', 'Consejero Martín Aguirre Paz',
   "the State is named only in the From display name ('Embajada Argentina en los Países Bajos') of a personal gmail address; the text says only 'quisiéramos' (debatable)"))

W('royaume-uni-en-francais', 'fr', 4, '2024-11-26 11:09:35',
  ('Hartley, Oliver (Legal Adviser, The Hague)', 'Oliver.Hartley@fcdo.gov.uk'),
  'Royaume-Uni – inscription – segment I',
  'o365', o365('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on2125.outbound.protection.outlook.com',
               '40.107.10.125', 'LO0P265MB6418', 'GBRP265'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Le Royaume-Uni de Grande-Bretagne et d'Irlande du Nord souhaite être inscrit sur la liste des orateurs du segment I de la séance plénière sur la coopération. Le Royaume-Uni sera représenté par S.E. Mme Eleanor Whitcombe-Hayes, Ambassadrice auprès du Royaume des Pays-Bas.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération distinguée.

Oliver Hartley
Conseiller juridique
Ambassade du Royaume-Uni à La Haye

OFFICIAL
The information in this e-mail may be subject to public disclosure under the Freedom of Information Act 2000. Unless the information is legally exempt from disclosure, the confidentiality of this e-mail and your reply cannot be guaranteed.
"""))], 'EN-GB'),
  ('INSCRIBE', 'GBR', 'I', 'S.E. Mme Eleanor Whitcombe-Hayes',
   "French text from an English-speaking State: 'Royaume-Uni de Grande-Bretagne et d'Irlande du Nord' (and 'Royaume des Pays-Bas' as host); English FCDO disclaimer"),
  clang='en-GB')

W('pays-bas-state-itself', 'fr', 4, '2024-12-02 13:41:57',
  ('Vermeulen, Joost', 'joost.vermeulen@minbuza.nl'),
  "Pays-Bas – demande d'inscription – segment II",
  'exch', exch('mail.minbuza.nl', '147.181.96.36', 'minbuza.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Chers collègues,

En tant qu'État hôte, le Royaume des Pays-Bas souhaite également contribuer au segment II, notamment sur la mise en œuvre de l'accord de siège et sur l'APIC.

Les Pays-Bas seront représentés par M. Joost Vermeulen, Chef de l'Unité Cours et tribunaux internationaux, ministère des Affaires étrangères.

Bien cordialement,

Joost Vermeulen
Ministère des Affaires étrangères des Pays-Bas | Ministerie van Buitenlandse Zaken
Direction du droit international
"""))], 'FR'),
  ('INSCRIBE', 'NLD', 'II', 'M. Joost Vermeulen',
   "French from the host State: 'Pays-Bas' is here the participant (elsewhere only the host in signatures); 'Royaume des Pays-Bas', 'État hôte'"),
  clang='nl-NL')

W('samoa-would-like', 'en', 4, '2024-11-30 19:26:44',
  ('Samoa Mission Brussels', 'samoa.mission.brussels@outlook.com'),
  'speakers list',
  'o365', OUTLOOK_COM,
  ('plain', [('text', T("""
Hi,
Samoa would like to be inscribed for Segment II. Speaker: Ms Luamanuvae Teuila Fa'alogo, Counsellor.
Thank you
Samoa Embassy, Brussels
"""))], 'us-ascii', '7bit'),
  ('INSCRIBE', 'WSM', 'II', "Ms Luamanuvae Teuila Fa'alogo",
   "terse; participant only from 'Samoa would like…' and an outlook.com address; lower-case neutral subject"),
  cc=(), clang='en-US')

W('senegal-own-request', 'fr', 4, '2024-11-25 17:48:31',
  ('Ambassade du Sénégal à La Haye', SEN),
  'Inscription du Sénégal – segment I',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Chers collègues du Secrétariat,

Au-delà de son rôle de co-facilitateur pour la coopération, le Sénégal souhaite prendre la parole en son nom national lors du segment I de la séance plénière.

Le Sénégal sera représenté par M. Abdoulaye Mbengue Diouf, Ministre conseiller.

Bien cordialement,

Mame Diarra Sow
Deuxième Conseiller
Ambassade de la République du Sénégal à La Haye
"""))]),
  ('INSCRIBE', 'SEN', 'I', 'M. Abdoulaye Mbengue Diouf',
   "the co-chair's own embassy gmail (a known forwarder) sends Senegal's own national request; no forward"))

W('france-own-request', 'fr', 4, '2024-11-29 09:02:18',
  ('JURIDIQUE - LA HAYE - AMBA', FRJ),
  'France – inscription – segment II',
  'exch', FRJ_EXCH,
  ('oalt', [('text', T("""
Bonjour,

La France, au-delà de son rôle de co-facilitatrice, souhaite intervenir à titre national dans le segment II, sur la question du pistage des personnes faisant l'objet d'un mandat d'arrêt.

La France sera représentée par Mme Hélène Marchetti-Duval, conseillère juridique à l'Ambassade de France aux Pays-Bas.

Bien cordialement,

Service juridique
Ambassade de France aux Pays-Bas
"""))], 'FR'),
  ('INSCRIBE', 'FRA', 'II', 'Mme Hélène Marchetti-Duval',
   "the French legal service (the copy address and a known forwarder) writes France's own national request; no forward"),
  cc=(), clang='fr-FR')

W('venezuela-long-form', 'es', 4, '2024-12-03 15:15:09',
  ('Embajada de Venezuela', 'embavenezuela.nl@mppre.gob.ve'),
  'Solicitud de inscripción – Segmento II',
  'roundcube', postfix('correo.mppre.gob.ve', '190.202.87.14', '62.194.120.7'),
  ('plain', [('text', T("""
Estimados señores:

La República Bolivariana de Venezuela desea inscribirse en el Segmento II de la plenaria sobre cooperación del 5 de diciembre.

Intervendrá el Ciudadano Consejero Ramón Eduardo Briceño Ortega.

Atentamente,

Embajada de la República Bolivariana de Venezuela en el Reino de los Países Bajos
"""))], 'UTF-8', 'quoted-printable', 'bare'),
  ('INSCRIBE', 'VEN', 'II', 'Ciudadano Consejero Ramón Eduardo Briceño Ortega',
   "official long form 'República Bolivariana de Venezuela'; Roundcube"))

W('portugal-gostaria', 'pt', 4, '2024-11-26 12:37:50',
  ('Divisão de Assuntos Jurídicos – MNE', 'daj@mne.pt'),
  'Pedido de inscrição',
  'exch', exch('mail.mne.pt', '194.65.178.35', 'mne.local'),
  ('plain', [('text', T("""
Bom dia,

Portugal gostaria de ser inscrito na lista de oradores do Segmento I da sessão plenária sobre cooperação.

Será orador o Senhor Secretário de Estado dos Negócios Estrangeiros e Cooperação, Dr. Nuno Cabral Valadares.

Com os melhores cumprimentos,

Divisão de Assuntos Jurídicos
Ministério dos Negócios Estrangeiros
Lisboa
"""))], 'iso-8859-1', 'quoted-printable'),
  ('INSCRIBE', 'PRT', 'I', 'Dr. Nuno Cabral Valadares',
   "neutral subject ('Pedido de inscrição'); participant only from 'Portugal gostaria…' and the ministry domain; title given as a function before the name"),
  clang='pt-PT')

W('cicv-em-portugues', 'pt', 4, '2024-12-02 12:03:37',
  ('Delegação Regional do CICV em Brasília', 'bra_brasilia@icrc.org'),
  'CICV – pedido de palavra – Segmento II',
  'o365', o365('EUR05-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur05on2092.outbound.protection.outlook.com',
               '40.107.21.92', 'GV0P278MB0935', 'CHEP278'),
  ('oalt', [('text', T("""
Prezados,

O Comitê Internacional da Cruz Vermelha (CICV) gostaria de fazer uso da palavra no Segmento II da plenária sobre cooperação, sobre o apoio técnico do CICV aos Estados na incorporação dos crimes do Estatuto de Roma no direito interno.

Orador: Sr. Henrique Bastos Figueiredo, Assessor Jurídico, Serviço de Assessoria em DIH.

Atenciosamente,

Delegação Regional do CICV para Argentina, Brasil, Chile, Paraguai e Uruguai
Brasília
"""))], 'PT-BR'),
  ('INSCRIBE', 'ICRC', 'II', 'Sr. Henrique Bastos Figueiredo',
   "ICRC named in Portuguese ('Comitê Internacional da Cruz Vermelha', CICV); the regional delegation's signature names five States"),
  tzh=-3, clang='pt-BR')

W('pga-en-espanol', 'es', 4, '2024-11-27 20:45:16',
  ('Lucía Sarmiento', 'lucia.sarmiento@pgaction.org'),
  'PGA – Solicitud de intervención – Segmento I',
  'gws', gsend('mail-qk1-f178.google.com', '209.85.222.178'),
  ('galt', [('text', T("""
Estimados copresidentes:

Parlamentarios para la Acción Global (PGA) solicita respetuosamente ser inscrita en la lista de oradores del Segmento I de la sesión plenaria sobre cooperación.

En nombre de PGA intervendrá la Congresista Rosa María Valdivia Huamán, congresista de la República del Perú y miembro del Consejo Ejecutivo de PGA.

Atentamente,

Lucía Sarmiento
Oficial de Programa, Justicia Internacional y Estado de Derecho
Parlamentarios para la Acción Global (PGA) – Nueva York | La Haya
"""))]),
  ('INSCRIBE', 'Parliamentarians for Global Action', 'I', 'Congresista Rosa María Valdivia Huamán',
   "PGA named in Spanish ('Parlamentarios para la Acción Global'); the speaker is a member of the Congress of the 'República del Perú' — Peru is not the participant"),
  tzh=-5)

W('rdc-long-form', 'fr', 4, '2024-12-03 13:29:51',
  ('Mission RDC – Service juridique', 'juridique.rdc.benelux@gmail.com'),
  'RDC – Inscription au segment I',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Madame, Monsieur,

La République démocratique du Congo (RDC) souhaite être inscrite sur la liste des orateurs du segment I de la séance plénière sur la coopération, au titre de sa coopération avec la Cour dans les situations la concernant.

La RDC sera représentée par S.E. Mme Thérèse Kabila-Nsimba, Vice-Ministre de la Justice.

Veuillez agréer l'expression de notre haute considération.

Service juridique
Ambassade de la République démocratique du Congo
Bruxelles – Benelux
"""))]),
  ('INSCRIBE', 'COD', 'I', 'S.E. Mme Thérèse Kabila-Nsimba',
   "long form 'République démocratique du Congo' and acronym 'RDC' (not the Republic of the Congo); embassy gmail; 'Benelux' in the signature"))


W('nv-template-malawi-zambia', 'en', 4, '2024-12-02 09:12:40',
  ('Malawi Embassy Brussels', 'malawiembassy.brussels@foreignaffairs.gov.mw'),
  'Note Verbale Ref. MEB/ICC/12/2024 - Plenary on Cooperation',
  'exch', exch('mail.foreignaffairs.gov.mw', '196.45.190.14', 'mofa.local'),
  ('oalt', [('text', T("""
Ref: MEB/ICC/12/2024

The Embassy of the Republic of Malawi in Brussels presents its compliments to the Secretariat of the Assembly of States Parties to the Rome Statute and has the honour to request that the Republic of Zambia be inscribed on the list of speakers for Segment I of the plenary on cooperation on 5 December 2024.

The Republic of Zambia will be represented by H.E. Mr. Chikondi Banda-Phiri, Ambassador.

The Embassy of the Republic of Malawi avails itself of this opportunity to renew to the Secretariat the assurances of its highest consideration.

Brussels, 2 December 2024
"""))], 'EN-GB'),
  ('HOLD', '-', 'I', 'H.E. Mr. Chikondi Banda-Phiri',
   "note verbale whose subject phrase is Malawi's embassy (and its domain) but which asks for 'the Republic of Zambia' — likely a template copied from another note; confirm which State"),
  clang='en-MW')

W('objet-niger-corps-burkina', 'fr', 4, '2024-12-04 10:37:22',
  ('Issa Maïga', 'issa.maiga.diplo@gmail.com'),
  'Inscription du Niger – segment II',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Bonjour,

Le Burkina Faso souhaite s'inscrire au segment II de la séance plénière sur la coopération.

Orateur : M. Issa Maïga, Conseiller juridique.

Cordialement,
Issa Maïga
"""))]),
  ('HOLD', '-', 'II', 'M. Issa Maïga',
   "the Subject names Niger while the text asks for Burkina Faso; personal gmail, no signature naming a State; nothing decides"))


# ============================================ class 5: statements on behalf of a group
W('african-group-uganda', 'en', 5, '2024-11-27 13:58:03',
  ('Nakato, Esther', 'esther.nakato@mofa.go.ug'),
  'Uganda on behalf of the African Group – Segment I',
  'o365', o365('EUR05-AM6-obe.outbound.protection.outlook.com', 'mail-am6eur05on2117.outbound.protection.outlook.com',
               '40.107.22.117', 'AS2PR05MB9841', 'eurprd05'),
  ('oalt', [('text', T("""
Dear Co-Chairs,

Uganda, in its capacity as coordinator of the African Group of States Parties in The Hague for this session, wishes to take the floor in Segment I on behalf of the African Group.

The statement will be delivered by H.E. Mr. Moses Kizza Ssemwogerere, Ambassador of the Republic of Uganda to the Kingdom of the Netherlands.

Kind regards,

Esther Nakato
Counsellor
Embassy of the Republic of Uganda, The Hague
"""))], 'EN-GB'),
  ('INSCRIBE', 'UGA', 'I', 'H.E. Mr. Moses Kizza Ssemwogerere',
   'statement on behalf of the African Group; the participant is the sender (Uganda), not the group'),
  clang='en-UG')

W('groupe-africain-congo', 'fr', 5, '2024-11-28 11:12:46',
  ('Ambassade du Congo – Bruxelles', 'ambacongo.bruxelles@mae.gouv.cg'),
  'Déclaration du Groupe africain – segment I',
  'osmtp', postfix('mail.mae.gouv.cg', '41.205.3.19', '91.182.44.201'),
  ('oalt', [('text', T("""
Madame, Monsieur,

La République du Congo a l'honneur de solliciter son inscription au segment I de la séance plénière sur la coopération, pour y prononcer une déclaration au nom du Groupe des États d'Afrique.

La déclaration sera prononcée par S.E. M. Serge Itoua-Mabiala, Ambassadeur.

Veuillez agréer, Madame, Monsieur, l'assurance de notre haute considération.

Ambassade de la République du Congo (Brazzaville)
Bruxelles – Benelux
"""))], 'FR'),
  ('INSCRIBE', 'COG', 'I', 'S.E. M. Serge Itoua-Mabiala',
   "statement 'au nom du Groupe des États d'Afrique' delivered by the Republic of the Congo (COG, not the Democratic Republic of the Congo, COD)"),
  clang='fr-FR')

W('grulac-guatemala', 'es', 5, '2024-11-29 15:36:27',
  ('Embajada de Guatemala en los Países Bajos', 'embpaisesbajos@minex.gob.gt'),
  'GRULAC – Segmento I – Guatemala',
  'o365', o365('NAM02-BN1-obe.outbound.protection.outlook.com', 'mail-bn1nam02on2114.outbound.protection.outlook.com',
               '40.107.212.114', 'PH7PR13MB6160', 'namprd13'),
  ('oalt', [('text', T("""
Estimados señores:

Guatemala, en su calidad de coordinador del Grupo de Países de América Latina y el Caribe (GRULAC) para asuntos de la Corte Penal Internacional en La Haya, desea intervenir en el Segmento I en nombre del GRULAC.

La declaración del grupo será pronunciada por la Excma. Sra. Embajadora Ana Lucía Barrios Monzón.

Atentamente,

Embajada de Guatemala en el Reino de los Países Bajos
"""))], 'ES-GT'),
  ('INSCRIBE', 'GTM', 'I', 'Excma. Sra. Embajadora Ana Lucía Barrios Monzón',
   "statement 'en nombre del GRULAC'; participant the sender (Guatemala)"),
  clang='es-GT')

W('hungary-council-presidency-eu', 'en', 5, '2024-12-02 12:55:44',
  ('Kovács Gergely', 'gkovacs@mfa.gov.hu'),
  'Statement on behalf of the EU - Segment I',
  'exch', exch('mx.mfa.gov.hu', '195.228.156.18', 'kum.local'),
  ('oalt', [('text', T("""
Dear Colleagues,

Hungary, holding the Presidency of the Council of the European Union, would like to request a slot in Segment I of the plenary on cooperation to deliver a statement on behalf of the European Union and its Member States.

The statement will be delivered by H.E. Mr. Balázs Szentgyörgyi-Tóth, Ambassador of Hungary to the Kingdom of the Netherlands.

Best regards,

Gergely Kovács
Embassy of Hungary, The Hague
"""))], 'EN-US'),
  ('INSCRIBE', 'HUN', 'I', 'H.E. Mr. Balázs Szentgyörgyi-Tóth',
   "statement on behalf of the EU and its Member States by the Council Presidency; participant the sender (Hungary), not the European Union (debatable)"),
  clang='hu-HU')

W('nordic-iceland', 'en', 5, '2024-11-28 14:09:18',
  ('Sigríður Jónsdóttir', 'sigridur.jonsdottir@utn.is'),
  'Nordic statement - Segment II',
  'o365', o365('EUR02-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur02on2119.outbound.protection.outlook.com',
               '40.107.241.119', 'AS4PR10MB5472', 'EURPRD10'),
  ('plain', [('text', T("""
Dear co-facilitators,

Iceland will deliver a joint statement on behalf of the Nordic countries – Denmark, Finland, Iceland, Norway and Sweden – in Segment II of the plenary on cooperation.

Speaker: Ms. Sigríður Jónsdóttir, Legal Adviser, Ministry for Foreign Affairs of Iceland.

Best regards,
Sigríður
"""))], 'utf-8', 'base64'),
  ('INSCRIBE', 'ISL', 'II', 'Ms. Sigríður Jónsdóttir',
   'Nordic statement listing all five countries (Iceland fourth); sender Iceland; base64 body, encoded From'),
  tzh=0, clang='is-IS')

W('caricom-guyana', 'en', 5, '2024-12-01 18:31:06',
  ('Guyana Embassy Brussels', 'guyanaembassy.brussels@minfor.gov.gy'),
  'CARICOM statement - Segment I - plenary on cooperation',
  'zimbra', postfix('mail.minfor.gov.gy', '190.80.23.47', '81.241.88.12'),
  ('plain', [('text', T("""
Excellencies,

Guyana has the honour to request a place on the speakers' list for Segment I, to deliver a statement on behalf of the States Parties members of the Caribbean Community (CARICOM): Antigua and Barbuda, Barbados, Belize, Dominica, Grenada, Guyana, Saint Kitts and Nevis, Saint Lucia, Saint Vincent and the Grenadines, Suriname and Trinidad and Tobago.

The statement will be delivered by H.E. Mr. Rajendra Persaud-Ramdin, Ambassador.

With assurances of our highest consideration,

Embassy of the Co-operative Republic of Guyana
Brussels
"""))], 'us-ascii', '7bit'),
  ('INSCRIBE', 'GUY', 'I', 'H.E. Mr. Rajendra Persaud-Ramdin',
   'CARICOM statement listing eleven States (Guyana in the middle of the list); sender Guyana; long form in the signature'),
  clang='en-GB')

W('lusofonos-timor', 'pt', 5, '2024-12-03 10:44:58',
  ('Missão de Timor-Leste – Assuntos Jurídicos', 'juridico.bruxelas@mnec.gov.tl'),
  'Declaração dos Estados Partes lusófonos – Segmento II',
  'exch', exch('mail.mnec.gov.tl', '103.29.140.22', 'mnec.local'),
  ('oalt', [('text', T("""
Exmos. Senhores,

Timor-Leste tem a honra de solicitar a inscrição no Segmento II, para proferir uma declaração em nome dos Estados Partes de língua portuguesa – Brasil, Cabo Verde, Portugal e Timor-Leste.

A declaração será proferida pelo Senhor Conselheiro Agostinho Ximenes Soares.

Com os melhores cumprimentos,

Embaixada da República Democrática de Timor-Leste em Bruxelas
"""))], 'PT'),
  ('INSCRIBE', 'TLS', 'II', 'Senhor Conselheiro Agostinho Ximenes Soares',
   'statement on behalf of the Lusophone States Parties (lists Brazil, Cabo Verde, Portugal first); sender Timor-Leste'),
  clang='pt-PT')

W('benelux-luxembourg', 'fr', 5, '2024-11-29 11:47:33',
  ('Weber Marc', 'marc.weber@mae.etat.lu'),
  'Benelux – segment II',
  'o365', o365('EUR02-DB5-obe.outbound.protection.outlook.com', 'mail-db5eur02on2121.outbound.protection.outlook.com',
               '40.107.249.121', 'DB9PR06MB7310', 'eurprd06'),
  ('plain', [('text', T("""
Bonjour,

Le Luxembourg interviendra au segment II au nom des pays du Benelux (Belgique, Pays-Bas, Luxembourg), sur la ratification de l'APIC.

Orateur : M. Marc Weber, Conseiller juridique, Ambassade du Grand-Duché de Luxembourg à La Haye.

Cordialement,
Marc Weber
"""))], 'iso-8859-1', 'quoted-printable'),
  ('INSCRIBE', 'LUX', 'II', 'M. Marc Weber',
   'Benelux statement listing Belgium and the Netherlands before Luxembourg; sender Luxembourg'),
  clang='fr-LU')

W('sica-el-salvador', 'es', 5, '2024-12-02 18:20:39',
  ('Embajada de El Salvador', 'embasalva.paisesbajos@rree.gob.sv'),
  'Intervención conjunta SICA – Segmento II',
  'o365', o365('NAM10-MW2-obe.outbound.protection.outlook.com', 'mail-mw2nam10on2107.outbound.protection.outlook.com',
               '40.107.94.107', 'BY5PR14MB3911', 'namprd14'),
  ('oalt', [('text', T("""
Estimados señores:

El Salvador desea inscribirse en el Segmento II para pronunciar una intervención conjunta en nombre de los Estados Partes miembros del Sistema de la Integración Centroamericana (SICA): Costa Rica, El Salvador, Guatemala, Honduras, Panamá y República Dominicana.

Intervendrá la Licda. Gabriela Menjívar de Castaneda, Ministra Consejera.

Atentamente,

Embajada de El Salvador en el Reino de los Países Bajos
"""))], 'ES-SV'),
  ('INSCRIBE', 'SLV', 'II', 'Licda. Gabriela Menjívar de Castaneda',
   "joint SICA intervention listing six States; sender El Salvador asks for its own slot; name begins with the article 'El'"),
  clang='es-SV')

W('african-group-gmail-no-state', 'en', 5, '2024-12-03 19:05:12',
  ('African Group Coordination ASP23', 'africangroup.hague@gmail.com'),
  'African Group statement - Segment I',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear Co-Chairs,

The African Group would like to deliver a group statement in Segment I of the plenary on cooperation. The name of the delivering delegation and speaker will be communicated once agreed within the Group.

Best regards,

Coordination of the African Group of States Parties
The Hague
"""))]),
  ('HOLD', '-', 'I', '-',
   'group statement with no delivering State named (to be communicated later); the sender is a group gmail account and the group itself is not a participant'))

# ============================= class 6: NGOs and IGOs; two plausible participants
W('hrw', 'en', 6, '2024-11-26 18:12:40',
  ('Tamar Feldman-Osei', 'feldmat@hrw.org'),
  'HRW request to speak - ASP23 cooperation plenary, Segment II',
  'gws', gsend('mail-pj1-f45.google.com', '209.85.216.45'),
  ('galt', [('text', T("""
Dear colleagues,

Human Rights Watch would be grateful for the opportunity to speak in Segment II of the plenary on cooperation, on arrest strategies and the Court's tracking capacity. Our speaker will be Ms. Tamar Feldman-Osei, Associate Director, International Justice Program.

With thanks,
Tamar

--
Tamar Feldman-Osei | Associate Director, International Justice Program
Human Rights Watch | hrw.org
Based in The Hague
"""))]),
  ('INSCRIBE', 'Human Rights Watch', 'II', 'Ms. Tamar Feldman-Osei',
   "NGO from its own domain (hrw.org, Google Workspace); the sender is the speaker"))

W('fidh-member-league', 'fr', 6, '2024-11-27 16:24:05',
  ('Armelle Koné', 'akone@fidh.org'),
  'FIDH – inscription segment I – plénière coopération',
  'tbird', postfix('smtp.fidh.org', '217.70.184.38', '82.64.131.77'),
  ('plain', [('text', T("""
Madame, Monsieur,

La FIDH (Fédération internationale pour les droits humains) souhaite s'inscrire sur la liste des orateurs du segment I.

L'intervention sera prononcée par Me Adama Kouyaté-Bamba, avocat, vice-président de la Ligue ivoirienne des droits de l'homme (LIDHO), organisation membre de la FIDH en Côte d'Ivoire.

Bien cordialement,

Armelle Koné
Chargée de programme, Bureau Justice internationale
FIDH – Paris
"""))], 'UTF-8', '8bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'FIDH', 'I', 'Me Adama Kouyaté-Bamba',
   "the speaker belongs to a national member league in Côte d'Ivoire; FIDH in Paris; neither CIV nor FRA is the participant; 8bit format=flowed"),
  clang='fr-FR')

W('redress', 'en', 6, '2024-12-02 11:30:28',
  ('Jonathan Ashworth', 'jonathan.ashworth@redress.org'),
  'REDRESS - speaking slot - Segment II',
  'o365', o365('GBR01-CWL-obe.outbound.protection.outlook.com', 'mail-cwlgbr01on2112.outbound.protection.outlook.com',
               '40.107.11.112', 'CWLP265MB5220', 'GBRP265'),
  ('oalt', [('text', T("""
Dear Co-Chairs,

REDRESS requests a speaking slot in Segment II of the plenary on cooperation. Reparations are often the only way victims obtain redress, and the freezing and seizure of assets by States Parties is essential for them.

Our speaker will be Dr. Nadia Rahimi-Cole, Legal Director.

Best wishes,

Jonathan Ashworth
Legal Officer, REDRESS
London | The Hague
"""))], 'EN-GB'),
  ('INSCRIBE', 'REDRESS', 'II', 'Dr. Nadia Rahimi-Cole',
   "organisation name REDRESS also occurs as a common word ('obtain redress'); London/The Hague"),
  tzh=0, clang='en-GB')

W('cij-comision-juristas', 'es', 6, '2024-11-28 17:51:19',
  ('Comisión Internacional de Juristas – Américas', 'americas@icj.org'),
  'CIJ – Solicitud de intervención – Segmento II',
  'o365', o365('EUR05-GV0-obe.outbound.protection.outlook.com', 'mail-gv0eur05on2103.outbound.protection.outlook.com',
               '40.107.23.103', 'GV0P278MB0471', 'CHEP278'),
  ('oalt', [('text', T("""
Estimados señores:

La Comisión Internacional de Juristas (CIJ) desea inscribirse en el Segmento II de la sesión plenaria sobre cooperación, con una intervención sobre la protección de la Corte y de su personal frente a medidas coercitivas.

Intervendrá la Dra. Valeria Cortázar Ibáñez, Asesora Jurídica Principal del Programa para las Américas.

Atentamente,

Programa para las Américas
Comisión Internacional de Juristas
Ginebra
"""))], 'ES'),
  ('INSCRIBE', 'International Commission of Jurists', 'II', 'Dra. Valeria Cortázar Ibáñez',
   "Spanish name and acronym 'CIJ' (which in Spanish is also the International Court of Justice); icj.org domain; Geneva"),
  clang='es-ES')

W('iba-law-society-kenya', 'en', 6, '2024-12-03 13:17:42',
  ('Priya Natarajan-Hughes', 'priya.natarajan-hughes@int-bar.org'),
  'IBA - Segment II - speaker',
  'o365', o365('GBR01-LO4-obe.outbound.protection.outlook.com', 'mail-lo4gbr01on2098.outbound.protection.outlook.com',
               '40.107.11.98', 'LO2P265MB3377', 'GBRP265'),
  ('oalt', [('text', T("""
Dear Colleagues,

The International Bar Association's ICC & International Criminal Law Programme would like to take the floor in Segment II of the plenary on cooperation.

Speaker: Mr. Brian Otieno Wafula, Advocate of the High Court of Kenya and Council Member of the Law Society of Kenya.

Kind regards,

Priya Natarajan-Hughes
Programme Lawyer, ICC & ICL Programme
International Bar Association
The Hague Office
"""))], 'EN-GB'),
  ('INSCRIBE', 'International Bar Association', 'II', 'Mr. Brian Otieno Wafula',
   "IBA staff address on int-bar.org (not ibanet.org); the speaker is from the Law Society of Kenya — Kenya is not the participant"),
  tzh=1, clang='en-GB')

W('cicc-asp-localpart', 'en', 6, '2024-11-25 12:04:56',
  ('CICC ASP Team', 'asp@coalitionfortheicc.org'),
  'Coalition for the ICC - request to speak - Segment I',
  'gws', gsend('mail-wr1-f47.google.com', '209.85.221.47'),
  ('galt', [('text', T("""
Dear Co-Facilitators,

On behalf of the Coalition for the International Criminal Court (CICC) and its member organisations in 150 countries, we would like to request a slot in Segment I, "Cooperation is vital for the Court".

Our speaker will be Ms. Akua Mensah-Ferreira, Convenor of the Coalition.

Many thanks,
CICC ASP Team
Coalition for the International Criminal Court
The Hague
"""))]),
  ('INSCRIBE', 'CICC', 'I', 'Ms. Akua Mensah-Ferreira',
   "local part 'asp@' on coalitionfortheicc.org (not the ASP Secretariat's asp@icc-cpi.int); 'member organisations in 150 countries'"))

W('union-africaine-fr', 'fr', 6, '2024-11-27 09:38:21',
  ('Bureau du Conseiller juridique – UA', 'olc-legal@au.int'),
  "Union africaine – demande de prise de parole – segment I",
  'o365', o365('EUR04-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur04on2110.outbound.protection.outlook.com',
               '40.107.7.110', 'AM0PR04MB7129', 'eurprd04'),
  ('oalt', [('text', T("""
Messieurs les Co-Présidents,

La Commission de l'Union africaine souhaite intervenir lors du segment I de la séance plénière sur la coopération, en coordination avec le Groupe africain à La Haye.

L'Union africaine sera représentée par S.E. Mme Hawa Diallo-Mensah, Conseillère juridique de la Commission.

Veuillez agréer, Messieurs les Co-Présidents, l'assurance de notre haute considération.

Bureau du Conseiller juridique
Commission de l'Union africaine
Addis-Abeba (Éthiopie)
"""))], 'FR'),
  ('INSCRIBE', 'African Union', 'I', 'S.E. Mme Hawa Diallo-Mensah',
   "IGO from au.int, in French ('Union africaine'); text also names the African Group (a group of States) and Ethiopia"),
  tzh=3, clang='fr-FR')

W('commonwealth-secretariat', 'en', 6, '2024-11-29 14:53:08',
  ('Rule of Law Section', 'rol@commonwealth.int'),
  'Commonwealth Secretariat - plenary on cooperation - Segment II',
  'o365', o365('GBR01-LO2-obe.outbound.protection.outlook.com', 'mail-lo2gbr01on2117.outbound.protection.outlook.com',
               '40.107.10.117', 'LO3P265MB2250', 'GBRP265'),
  ('oalt', [('text', T("""
Dear Co-Chairs,

The Commonwealth Secretariat would like to take the floor in Segment II of the plenary on cooperation, to present its model legislation implementing the Rome Statute and the technical assistance available to Commonwealth member countries.

Speaker: Dr. Anjali Ramsaroop-Boateng, Legal Adviser, Rule of Law Section.

Kind regards,

Rule of Law Section
Governance and Peace Directorate
Commonwealth Secretariat
Marlborough House, Pall Mall, London SW1Y 5HX
"""))], 'EN-GB'),
  ('INSCRIBE', 'Commonwealth Secretariat', 'II', 'Dr. Anjali Ramsaroop-Boateng',
   "IGO from commonwealth.int (the organisation's staff domain); 'Commonwealth member countries'; London address"),
  tzh=0, clang='en-GB')

W('un-office-legal-affairs', 'en', 6, '2024-11-26 20:10:33',
  ('OLA Front Office', 'ola-frontoffice@un.org'),
  'United Nations - Segment I - plenary on cooperation (ASP23)',
  'o365', o365('NAM11-DM6-obe.outbound.protection.outlook.com', 'mail-dm6nam11on2126.outbound.protection.outlook.com',
               '40.107.223.126', 'BN0PR09MB7468', 'namprd09'),
  ('oalt', [('text', T("""
Dear Co-Facilitators,

The United Nations Office of Legal Affairs would like to take the floor in Segment I of the plenary on cooperation. The Under-Secretary-General for Legal Affairs and United Nations Legal Counsel, Ms. Elena Vasquez-Morgan, will deliver the statement, which will address cooperation under the Relationship Agreement between the United Nations and the Court.

Best regards,

Front Office
Office of Legal Affairs
United Nations, New York
"""))], 'EN-US'),
  ('INSCRIBE', 'United Nations', 'I', 'Ms. Elena Vasquez-Morgan',
   "IGO from un.org; 'Relationship Agreement between the United Nations and the Court' names the Court too; sent from New York"),
  tzh=-5, clang='en-US')

W('conseil-de-l-europe', 'fr', 6, '2024-12-02 15:27:55',
  ('Direction du conseil juridique et du droit international public', 'dlapil@coe.int'),
  "Conseil de l'Europe – segment II – plénière sur la coopération",
  'exch', exch('mx1.coe.int', '212.234.141.28', 'coe.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Madame, Monsieur,

Le Conseil de l'Europe souhaite intervenir au segment II de la séance plénière sur la coopération, afin de présenter les travaux du Comité des conseillers juridiques sur le droit international public (CAHDI) relatifs à la coopération avec la Cour pénale internationale.

Intervenant : M. Lukas Brandner-Mayr, Chef de la Division du droit international public.

Avec nos salutations distinguées,

Direction du conseil juridique et du droit international public (DLAPIL)
Conseil de l'Europe
F-67075 Strasbourg Cedex
"""))], 'FR'),
  ('INSCRIBE', 'Council of Europe', 'II', 'M. Lukas Brandner-Mayr',
   "IGO from coe.int, in French ('Conseil de l'Europe'); Strasbourg address with 'F-' (France); not the European Union"),
  clang='fr-FR')

W('oea-secretaria-general', 'es', 6, '2024-11-28 21:40:17',
  ('Departamento de Derecho Internacional – OEA', 'ddi@oas.org'),
  'OEA – inscripción – Segmento I',
  'o365', o365('NAM12-BN8-obe.outbound.protection.outlook.com', 'mail-bn8nam12on2096.outbound.protection.outlook.com',
               '40.107.237.96', 'MN0PR09MB6744', 'namprd09'),
  ('oalt', [('text', T("""
Estimados copresidentes:

La Secretaría General de la Organización de los Estados Americanos (OEA) desea inscribirse en el Segmento I de la sesión plenaria sobre cooperación, para presentar el programa de la OEA de promoción de la Corte Penal Internacional en las Américas.

Intervendrá el Dr. Andrés Lozada Peñaranda, Director del Departamento de Derecho Internacional.

Atentamente,

Departamento de Derecho Internacional
Secretaría de Asuntos Jurídicos
Organización de los Estados Americanos
Washington, D.C.
"""))], 'ES'),
  ('INSCRIBE', 'OAS', 'I', 'Dr. Andrés Lozada Peñaranda',
   "IGO from oas.org with the Spanish acronym OEA; 'Secretaría General' / 'Secretaría de Asuntos Jurídicos' are not the ASP Secretariat; Washington D.C."),
  tzh=-5, clang='es-US')

W('lfjl-libya-named', 'en', 6, '2024-12-03 12:06:50',
  ('Lawyers for Justice in Libya', 'info@libyanjustice.org'),
  'LFJL - request to speak - Segment II',
  'gws', gsend('mail-ej1-f44.google.com', '209.85.218.44'),
  ('galt', [('text', T("""
Dear Co-Chairs,

Lawyers for Justice in Libya (LFJL) would like to request a speaking slot in Segment II, on how States Parties can support the tracking and arrest of suspects in the Libya situation, given that Libya is not a State Party and that several warrants remain outstanding.

Our speaker will be Ms. Hanan Elbarassi-Clarke, Head of Accountability.

With thanks,
LFJL team
London | Tunis
"""))]),
  ('INSCRIBE', 'Lawyers for Justice in Libya', 'II', 'Ms. Hanan Elbarassi-Clarke',
   "'Libya' named three times (a non-State Party); domain libyanjustice.org; London/Tunis (Tunisia is a State Party)"),
  tzh=0)

W('anistia-internacional-brasil', 'pt', 6, '2024-11-29 13:33:41',
  ('Anistia Internacional Brasil', 'justica.internacional@anistia.org.br'),
  'Anistia Internacional – pedido de inscrição – Segmento II',
  'gws', gsend('mail-oi1-f172.google.com', '209.85.167.172'),
  ('galt', [('text', T("""
Prezadas e prezados,

Em nome do Secretariado Internacional, a Anistia Internacional gostaria de se inscrever no Segmento II da sessão plenária sobre cooperação.

Oradora: Sra. Jurema Figueiredo Alves, assessora de justiça internacional da Anistia Internacional.

Atenciosamente,

Anistia Internacional Brasil
Rio de Janeiro
"""))]),
  ('INSCRIBE', 'Amnesty International', 'II', 'Sra. Jurema Figueiredo Alves',
   "Amnesty named in Brazilian Portuguese ('Anistia Internacional') from the Brazilian section's domain anistia.org.br; 'Brasil' in the signature — Brazil is not the participant"),
  tzh=-3)

W('wigj-personal-gmail', 'en', 6, '2024-12-02 20:14:27',
  ('Amina Yusuf-Bello', 'amina.yusufbello@gmail.com'),
  'Request to speak - Segment II',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Dear colleagues,

I am writing on behalf of Women's Initiatives for Gender Justice (apologies for using my personal account - our mail server is under maintenance this week).

Women's Initiatives would like to speak in Segment II of the plenary on cooperation, on the tracking of suspects in cases involving sexual and gender-based crimes.

Speaker: Ms. Amina Yusuf-Bello, Programme Director.

Best regards,
Amina Yusuf-Bello
Women's Initiatives for Gender Justice
The Hague | Abuja
"""))]),
  ('INSCRIBE', "Women's Initiatives for Gender Justice", 'II', 'Ms. Amina Yusuf-Bello',
   "personal gmail.com address; the organisation is named only in the text; Abuja in the signature"),
  tzh=1)

W('joint-slovenia-liechtenstein', 'en', 6, '2024-12-02 14:48:36',
  ('Novak, Maja', 'maja.novak@gov.si'),
  'Joint intervention SI/LI - Segment II',
  'o365', o365('EUR03-VI1-obe.outbound.protection.outlook.com', 'mail-vi1eur03on2113.outbound.protection.outlook.com',
               '40.107.103.113', 'VI1PR09MB4425', 'eurprd09'),
  ('oalt', [('text', T("""
Dear co-facilitators,

Slovenia and Liechtenstein would like to register a joint intervention in Segment II on the APIC, shared between our two delegations within a single two-minute slot:
- Ms. Maja Novak, Legal Adviser, Embassy of Slovenia (first minute)
- Mr. Lukas Frommelt-Hasler, Legal Adviser, Embassy of Liechtenstein (second minute)

Please let us know how you would list it.

Best regards,
Maja Novak
Embassy of the Republic of Slovenia, The Hague
"""))], 'EN-US'),
  ('HOLD', '-', 'II', '-',
   'joint intervention of two States in one slot with two speakers; either State could be the participant; ends with a question'),
  cc=[(None, FRJ), ('Frommelt-Hasler Lukas', 'lukas.frommelt-hasler@llv.li')], clang='sl-SI')

W('ecuador-domain-asks-for-colombia', 'es', 6, '2024-12-03 09:26:13',
  ('Paula Cevallos', 'pcevallos@cancilleria.gob.ec'),
  'Inscripción Segmento I',
  'o365', o365('NAM04-MW2-obe.outbound.protection.outlook.com', 'mail-mw2nam04on2101.outbound.protection.outlook.com',
               '40.107.101.101', 'CO6PR08MB7392', 'namprd08'),
  ('oalt', [('text', T("""
Estimados:

Colombia desea inscribirse en el Segmento I de la plenaria sobre cooperación. Intervendrá la Excma. Sra. Embajadora Catalina Restrepo Uribe.

Saludos,

Paula Cevallos
Tercera Secretaria
Embajada del Ecuador en los Países Bajos
"""))], 'ES-EC'),
  ('HOLD', '-', 'I', 'Excma. Sra. Embajadora Catalina Restrepo Uribe',
   "the sender's domain and signature are Ecuador's while the text asks for Colombia, with no forward or explanation"),
  clang='es-EC')

W('amnesty-hrw-joint', 'en', 6, '2024-12-01 15:52:07',
  ('Olumide Adebayo', 'olumide.adebayo@amnesty.org'),
  'Joint NGO intervention - Segment II',
  'o365', o365('EUR03-DBA-obe.outbound.protection.outlook.com', 'mail-dbaeur03on2129.outbound.protection.outlook.com',
               '40.107.104.129', 'DU0PR03MB9215', 'eurprd03'),
  ('oalt', [('text', T("""
Dear colleagues,

Amnesty International and Human Rights Watch would like to deliver a joint NGO intervention in Segment II of the plenary on cooperation. The intervention will be delivered by Ms. Clara Bianchi-Sow of Human Rights Watch.

Best,
Olumide Adebayo
Campaigner, International Justice
Amnesty International - International Secretariat
"""))], 'EN-GB'),
  ('HOLD', '-', 'II', 'Ms. Clara Bianchi-Sow',
   'joint intervention of two NGOs for one slot: the sender is Amnesty (amnesty.org) but the speaker is from Human Rights Watch'),
  tzh=0, clang='en-GB')

W('gmail-individual', 'en', 6, '2024-12-04 07:41:55',
  ('John Mwangi', 'jmwangi.law@gmail.com'),
  'Registration to speak',
  'gmail', GMAIL,
  ('galt', [('text', T("""
Hello,

I would like to register to speak in Segment II of the cooperation plenary. I have worked on witness protection for ten years and would like to share some practical lessons.

Best,
Dr. John Mwangi
Nairobi
"""))]),
  ('HOLD', '-', 'II', 'Dr. John Mwangi',
   'an individual writing from gmail; no delegation or organisation named; Nairobi (Kenya) is not a participant'),
  cc=(), tzh=3)

W('asf-rca', 'fr', 6, '2024-12-03 16:09:44',
  ('Hélène Dufour-Mbaye', 'hdufour@asf.be'),
  'ASF – inscription – segment II',
  'o365', o365('EUR01-HE1-obe.outbound.protection.outlook.com', 'mail-he1eur01on2127.outbound.protection.outlook.com',
               '40.107.13.127', 'AM9PR01MB8421', 'eurprd01'),
  ('ohtml', [('text', T("""
Bonjour,

Avocats Sans Frontières (ASF) souhaite intervenir au segment II de la plénière sur la coopération, sur le soutien des États Parties aux efforts de pistage et d'arrestation.

Intervenant : Me Prosper Yakité-Ndomaté, coordinateur du projet d'ASF en République centrafricaine, Bangui.

Bien à vous,

Hélène Dufour-Mbaye
Chargée de plaidoyer – Justice internationale
Avocats Sans Frontières
Rue de Namur 72-74, 1000 Bruxelles
"""))], 'FR-BE'),
  ('INSCRIBE', 'Avocats Sans Frontières', 'II', 'Me Prosper Yakité-Ndomaté',
   "the speaker is based in the Central African Republic ('République centrafricaine', Bangui); ASF in Brussels (asf.be); Outlook HTML-only"),
  clang='fr-BE')

W('hurinet-uganda', 'en', 6, '2024-11-28 10:26:39',
  ('HURINET-U', 'info@hurinet.or.ug'),
  'HURINET-U: request to take the floor, Segment II',
  'roundcube', postfix('mail.hurinet.or.ug', '196.43.133.70', '102.85.41.9', zone='EAT'),
  ('plain', [('text', T("""
Dear Co-Chairs,

The Human Rights Network - Uganda (HURINET-U) requests to take the floor in Segment II, to share the experience of Ugandan civil society in supporting the Court's outreach and the arrest of fugitives.

Speaker: Mr. Robert Kirabo-Ssali, Executive Director.

Sincerely,
HURINET-U Secretariat
Kampala, Uganda
"""))], 'UTF-8', '7bit', 'bare'),
  ('INSCRIBE', 'Human Rights Network Uganda', 'II', 'Mr. Robert Kirabo-Ssali',
   "'Uganda' inside the NGO's name and address (.or.ug, Kampala); the participant is the NGO, not Uganda; 'HURINET-U Secretariat'"),
  tzh=3)

W('university-professor-brasil', 'pt', 6, '2024-12-02 22:18:04',
  ('Beatriz Lacerda', 'beatriz.lacerda@usp.br'),
  'Inscrição – Segmento II',
  'gws', gsend('mail-yw1-f181.google.com', '209.85.128.181'),
  ('galt', [('text', T("""
Prezados,

Sou professora de direito internacional na Universidade de São Paulo e gostaria de me inscrever no Segmento II para apresentar a pesquisa do nosso grupo sobre a cooperação do Brasil com o TPI.

Atenciosamente,
Profa. Dra. Beatriz Lacerda
Faculdade de Direito – USP
"""))]),
  ('HOLD', '-', 'II', 'Profa. Dra. Beatriz Lacerda',
   "an academic (usp.br) asks to speak for herself; 'Brasil' is named but Brazil is not asking; no delegation or accredited organisation"),
  cc=(), tzh=-3)

W('itamaraty-domain-asks-for-caboverde', 'pt', 6, '2024-12-03 18:47:21',
  ('Rafael Moura', 'rafael.moura@itamaraty.gov.br'),
  'Inscrição Segmento I',
  'exch', exch('smtp2.itamaraty.gov.br', '189.9.32.201', 'mre.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Prezados,

A delegação de Cabo Verde deseja inscrever-se no Segmento I da sessão plenária sobre cooperação. Orador: Sua Excelência o Senhor Embaixador Daniel Pires Semedo.

Atenciosamente,

Rafael Moura
Terceiro-Secretário
Embaixada do Brasil na Haia
"""))], 'PT-BR'),
  ('HOLD', '-', 'I', 'Sua Excelência o Senhor Embaixador Daniel Pires Semedo',
   "Brazil's domain and signature while the text asks for Cabo Verde, with no forward or explanation"),
  clang='pt-BR')

W('eu-delegation-with-presidency', 'en', 6, '2024-11-27 11:58:14',
  ('EU Delegation - International Criminal Justice', 'eeas-icj-thehague@eeas.europa.eu'),
  'EU statement - Segment I - plenary on cooperation',
  'exch', exch('mx.eeas.europa.eu', '158.169.150.27', 'eeas.local', dmarc='REJECT'),
  ('oalt', [('text', T("""
Dear Co-Facilitators,

The European Union would like to take the floor in Segment I of the plenary on cooperation, to deliver a statement on behalf of the EU and its 27 Member States, prepared in coordination with the Hungarian Presidency of the Council.

Speaker: H.E. Ms. Katrin Lindholm-Vasquez, Head of the International Criminal Justice Division, European External Action Service.

Best regards,

International Criminal Justice Division
European External Action Service
Brussels
"""))], 'EN-GB'),
  ('INSCRIBE', 'European Union', 'I', 'H.E. Ms. Katrin Lindholm-Vasquez',
   "IGO from eeas.europa.eu; statement on behalf of the EU and its 27 Member States; the Hungarian Council Presidency is named"),
  clang='en-GB')


W('npwj', 'en', 6, '2024-11-29 10:41:26',
  ('Giulia Santangelo', 'gsantangelo@npwj.org'),
  'NPWJ - speakers list - Segment II',
  'tbird', postfix('mail.npwj.org', '93.63.172.11', '151.38.90.204'),
  ('plain', [('text', T("""
Dear Co-Chairs,

No Peace Without Justice (NPWJ), together with its partner the Nonviolent Radical Party, would like to take the floor in Segment II of the plenary on cooperation, on the tracking of persons subject to arrest warrants.

Our speaker will be Ms. Giulia Santangelo, International Criminal Justice Programme Coordinator.

Best regards,
Giulia Santangelo
No Peace Without Justice
Rome | Brussels | The Hague
"""))], 'UTF-8', '7bit', 'std', '; format=flowed'),
  ('INSCRIBE', 'No Peace Without Justice', 'II', 'Ms. Giulia Santangelo',
   "NGO from npwj.org; a partner organisation is also named ('together with its partner'); Rome/Brussels/The Hague"),
  clang='en-GB')

W('oif-francophonie', 'fr', 6, '2024-12-02 17:14:05',
  ('Direction des affaires politiques – OIF', 'dapg@francophonie.org'),
  "OIF – demande d'inscription – segment II",
  'o365', o365('EUR01-PR3-obe.outbound.protection.outlook.com', 'mail-pr3eur01on2110.outbound.protection.outlook.com',
               '40.107.14.110', 'PR3PR01MB7061', 'eurprd01'),
  ('ohtml', [('text', T("""
Madame, Monsieur,

L'Organisation internationale de la Francophonie, qui rassemble 88 États et gouvernements membres, souhaite intervenir lors du segment II de la séance plénière sur la coopération, pour présenter son appui à la mise en œuvre du Statut de Rome dans l'espace francophone.

L'OIF sera représentée par M. Jean-Baptiste Ouédraogo-Lamine, Conseiller juridique à la Représentation permanente de l'OIF auprès de l'Union européenne.

Bien cordialement,

Direction des affaires politiques et de la gouvernance démocratique
Organisation internationale de la Francophonie
19-21 avenue Bosquet, 75007 Paris
"""))], 'FR'),
  ('INSCRIBE', 'OIF', 'II', 'M. Jean-Baptiste Ouédraogo-Lamine',
   "IGO from francophonie.org; '88 États et gouvernements membres'; the speaker sits at the OIF's representation to the 'Union européenne'; Paris address"),
  clang='fr-FR')

W('iss-bureau-dakar', 'fr', 6, '2024-11-28 15:59:30',
  ('Aïssatou Ndiaye', 'andiaye@issafrica.org'),
  'ISS – inscription segment II – plénière coopération',
  'gws', gsend('mail-wm1-f52.google.com', '209.85.128.52'),
  ('galt', [('text', T("""
Bonjour,

L'Institut d'études de sécurité (ISS), par son bureau régional de Dakar, souhaite s'inscrire au segment II de la séance plénière sur la coopération, afin de présenter ses travaux sur la coopération judiciaire en Afrique de l'Ouest et au Sahel.

Intervenante : Dr Aïssatou Ndiaye, chercheuse principale.

Cordialement,

Aïssatou Ndiaye
Institute for Security Studies (ISS)
Bureau régional pour l'Afrique de l'Ouest, le Sahel et le bassin du lac Tchad
Dakar, Sénégal
"""))]),
  ('INSCRIBE', 'Institute for Security Studies', 'II', 'Dr Aïssatou Ndiaye',
   "NGO named in French ('Institut d'études de sécurité') and English; its Dakar office signs 'Sénégal' (the co-chair) and names Chad's lake region; participant is the NGO"),
  tzh=0)


# ======================================================================= main
ORGS = {'Presidency', 'Office of the Prosecutor', 'Registry', 'Trust Fund for Victims', 'ASP Secretariat', 'Bureau',
        'European Union', 'African Union', 'OIF', 'Commonwealth Secretariat', 'United Nations', 'Council of Europe',
        'OAS', 'ICRC', 'CICC', 'Amnesty International', 'Human Rights Watch', 'FIDH',
        'Parliamentarians for Global Action', 'No Peace Without Justice', 'Open Society Justice Initiative',
        "Women's Initiatives for Gender Justice", 'REDRESS', 'International Commission of Jurists',
        'International Bar Association', 'Lawyers for Justice in Libya', 'Avocats Sans Frontières',
        'Institute for Security Studies', 'Human Rights Network Uganda', '-'}
DEADLINE = datetime(2024, 12, 5, 0, 0, tzinfo=CET)


def known_iso3():
    p = os.path.join(HERE, '..', '..', '..', '..', '..', '..', '..', 'shared', 'data', 'states-parties.csv')
    for cand in (p, '/work/shared/data/states-parties.csv'):
        if os.path.exists(cand):
            with open(cand, encoding='utf-8') as f:
                return {l.split(',')[0] for l in f.read().splitlines()[1:] if l}
    return None


def decoded_text(msg):
    import html as htmlmod
    import re
    out = []
    for part in msg.walk():
        if part.get_content_maintype() != 'text':
            continue
        cte = (part.get('Content-Transfer-Encoding') or '7bit').lower()
        raw = part.get_payload(decode=False)
        if cte == '7bit' and not is_ascii(raw):
            raise ValueError('non-ASCII text in a 7bit part')
        txt = part.get_content()                       # raises if it does not decode
        if part.get_param('format') == 'flowed':
            txt = re.sub(r' \r?\n', ' ', txt)
        if part.get_content_subtype() == 'html':
            txt = re.sub(r'<[^>]+>', ' ', txt)
            txt = htmlmod.unescape(txt)
        out.append(' '.join(txt.replace('\u00a0', ' ').split()))
    return '\n'.join(out)


def verify(rows):
    import email
    import email.policy
    from email.utils import parsedate_to_datetime
    iso3 = known_iso3()
    mids, problems = {}, []
    for m, (fn, exp, part, seg, spk, note) in zip(MAILS, rows):
        with open(os.path.join(HERE, fn), 'rb') as f:
            data = f.read()
        msg = email.message_from_bytes(data, policy=email.policy.default)
        if msg.defects:
            problems.append('%s: defects %s' % (fn, msg.defects))
        try:
            text = decoded_text(msg)
        except Exception as e:                         # noqa: BLE001
            problems.append('%s: body does not decode: %s' % (fn, e))
            continue
        if spk != '-' and ' '.join(spk.split()) not in text:
            problems.append('%s: speaker %r not found in the decoded body' % (fn, spk))
        if part not in ORGS and not (iso3 and part in iso3):
            problems.append('%s: participant %r is neither a State Party code nor a known name' % (fn, part))
        mid = msg['Message-ID']
        if mid in mids:
            problems.append('%s: Message-ID also in %s' % (fn, mids[mid]))
        mids[mid] = fn
        tops = [v for k, v in msg.items() if k.lower() == 'received' and 'by mx.google.com' in str(v)]
        if not tops:
            problems.append('%s: no mx.google.com Received stamp' % fn)
        else:
            when = parsedate_to_datetime(str(tops[0]).rsplit(';', 1)[1].strip())
            if not when < DEADLINE:
                problems.append('%s: received %s, not before the deadline' % (fn, when))
        if exp not in ('INSCRIBE', 'HOLD', 'LATE', 'DUPLICATE') or seg not in ('I', 'II', '-'):
            problems.append('%s: bad expected/segment' % fn)
    return problems


def main():
    for f in os.listdir(HERE):
        if f.endswith('.eml'):
            os.remove(os.path.join(HERE, f))
    rows = []
    for m in MAILS:
        fn = build(m)
        exp, part, seg, spk, note = m['exp']
        rows.append((fn, exp, part, seg, spk, note))
    with open(os.path.join(HERE, 'expected.tsv'), 'w', encoding='utf-8') as f:
        f.write('# file\texpected\tparticipant\tsegment\tspeaker\tnote\n')
        f.write('\n'.join('\t'.join(r) for r in rows) + '\n')
    print('wrote %d mails + expected.tsv' % len(MAILS))
    problems = verify(rows)
    for p in problems:
        print('PROBLEM ' + p)
    print('verified: every file parses with email (policy=default), every text part decodes%s'
          % ('' if not problems else ' -- %d problem(s) above' % len(problems)))

    from collections import Counter
    by_cls = Counter(m['cls'] for m in MAILS)
    by_lang = Counter(m['lang'] for m in MAILS)
    by_exp = Counter(m['exp'][0] for m in MAILS)
    cross = Counter((m['cls'], m['exp'][0]) for m in MAILS)
    n = len(MAILS)
    print('\nper class:')
    for c in sorted(by_cls):
        langs = Counter(m['lang'] for m in MAILS if m['cls'] == c)
        print('  %d %-28s %3d   (%s; %s)' % (c, CLASSES[c], by_cls[c],
                                           ', '.join('%s %d' % kv for kv in sorted(cross.items()) if kv[0][0] == c)
                                           .replace('(%d, ' % c, '').replace("'", '').replace(')', ''),
                                           ' '.join('%s %d' % (k, langs[k]) for k in ('en', 'fr', 'es', 'pt') if langs[k])))
    print('per language of the request:')
    for k in ('en', 'fr', 'es', 'pt'):
        print('  %s %3d  (%2.0f %%)' % (k, by_lang[k], 100.0 * by_lang[k] / n))
    print('per expected outcome:')
    for k in ('INSCRIBE', 'HOLD', 'LATE', 'DUPLICATE'):
        print('  %-9s %3d' % (k, by_exp[k]))
    print('total %d' % n)
    return 1 if problems else 0


if __name__ == '__main__':
    raise SystemExit(main())
